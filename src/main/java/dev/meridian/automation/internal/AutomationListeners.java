package dev.meridian.automation.internal;

import java.util.Set;

import dev.meridian.automation.TriggerEvent;
import dev.meridian.automation.Webhooks;
import dev.meridian.sla.SlaBreached;
import dev.meridian.sla.SlaWarning;
import dev.meridian.ticket.MessageReceived;
import dev.meridian.ticket.TicketOpened;
import dev.meridian.ticket.TicketStatusChanged;
import dev.meridian.ticket.TicketUpdated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The ticket events automation reacts to: each becomes webhook deliveries and a round of triggers, after the change
 * that raised it committed (so a failing trigger never loses a customer's message) and durably (ADR 8).
 * <p>
 * One listener per event for both, not one each: every durable listener costs its event a stored publication and
 * three transactions, and a new ticket raises two such events. The deliveries and the trigger round commit
 * together, so a retry after a failure repeats both or neither. An update a trigger made itself starts no new round
 * of triggers (its webhook is still sent): that, the engine's once-per-round rule and the per-ticket cap are the
 * loop guard.
 */
@Component
class AutomationListeners {

	static final String RULE_PREFIX = "trigger: ";

	private final TriggerEngine engine;
	private final Webhooks webhooks;

	AutomationListeners(TriggerEngine engine, Webhooks webhooks) {
		this.engine = engine;
		this.webhooks = webhooks;
	}

	@ApplicationModuleListener
	void on(TicketOpened event) {
		webhooks.publish("ticket.created", event.ticket(), Set.of());
		engine.onEvent(TriggerEvent.TICKET_CREATED, event.ticket(), null, Set.of(), null);
	}

	@ApplicationModuleListener
	void on(TicketUpdated event) {
		webhooks.publish("ticket.updated", event.ticket(), event.fields());
		if (event.rule() == null || !event.rule().startsWith(RULE_PREFIX)) {
			engine.onEvent(TriggerEvent.TICKET_UPDATED, event.ticket(), null, event.fields(), null);
		}
	}

	@ApplicationModuleListener
	void on(TicketStatusChanged event) {
		webhooks.publish("ticket.status_changed", event.ticket(),
				Set.of("status:" + event.from().key() + ">" + event.to().key()));
	}

	@ApplicationModuleListener
	void on(MessageReceived event) {
		webhooks.publish("message.received", event.ticket(), Set.of("message:" + event.message()));
		engine.onEvent(TriggerEvent.MESSAGE_RECEIVED, event.ticket(), event.message(), Set.of(), null);
	}

	@ApplicationModuleListener
	void on(SlaWarning event) {
		engine.onEvent(TriggerEvent.SLA_WARNING, event.ticket(), null, Set.of(), event.metric().key());
	}

	@ApplicationModuleListener
	void on(SlaBreached event) {
		engine.onEvent(TriggerEvent.SLA_BREACHED, event.ticket(), null, Set.of(), event.metric().key());
	}
}
