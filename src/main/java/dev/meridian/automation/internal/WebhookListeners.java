package dev.meridian.automation.internal;

import java.util.Set;

import dev.meridian.automation.Webhooks;
import dev.meridian.ticket.MessageReceived;
import dev.meridian.ticket.TicketOpened;
import dev.meridian.ticket.TicketStatusChanged;
import dev.meridian.ticket.TicketUpdated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Ticket events become webhook deliveries after their change committed, durably (ADR 8). */
@Component
class WebhookListeners {

	private final Webhooks webhooks;

	WebhookListeners(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@ApplicationModuleListener
	void on(TicketOpened event) {
		webhooks.publish("ticket.created", event.ticket(), Set.of());
	}

	@ApplicationModuleListener
	void on(TicketUpdated event) {
		webhooks.publish("ticket.updated", event.ticket(), event.fields());
	}

	@ApplicationModuleListener
	void on(TicketStatusChanged event) {
		webhooks.publish("ticket.status_changed", event.ticket(), Set.of("status:" + event.from().key() + ">" + event.to().key()));
	}

	@ApplicationModuleListener
	void on(MessageReceived event) {
		webhooks.publish("message.received", event.ticket(), Set.of("message:" + event.message()));
	}
}
