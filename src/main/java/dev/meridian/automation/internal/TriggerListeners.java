package dev.meridian.automation.internal;

import java.util.Set;

import dev.meridian.automation.TriggerEvent;
import dev.meridian.sla.SlaBreached;
import dev.meridian.sla.SlaWarning;
import dev.meridian.ticket.MessageReceived;
import dev.meridian.ticket.TicketOpened;
import dev.meridian.ticket.TicketUpdated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The events triggers react to, after the change that raised them committed (so a failing trigger never loses a
 * customer's message) and durably (ADR 8). An update a trigger made itself starts no new round: that, the
 * engine's once-per-round rule and the per-ticket cap are the loop guard.
 */
@Component
class TriggerListeners {

	static final String RULE_PREFIX = "trigger: ";

	private final TriggerEngine engine;

	TriggerListeners(TriggerEngine engine) {
		this.engine = engine;
	}

	@ApplicationModuleListener
	void on(TicketOpened event) {
		engine.onEvent(TriggerEvent.TICKET_CREATED, event.ticket(), null, Set.of(), null);
	}

	@ApplicationModuleListener
	void on(TicketUpdated event) {
		if (event.rule() != null && event.rule().startsWith(RULE_PREFIX)) {
			return;
		}
		engine.onEvent(TriggerEvent.TICKET_UPDATED, event.ticket(), null, event.fields(), null);
	}

	@ApplicationModuleListener
	void on(MessageReceived event) {
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
