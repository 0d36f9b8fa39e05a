package dev.meridian.automation.internal;

import dev.meridian.automation.WebhookTargets;
import dev.meridian.shared.DomainException;
import dev.meridian.ticket.TicketId;
import org.springframework.stereotype.Component;

/** Until outbound webhooks exist, a trigger cannot name one. */
@Component
class NoWebhookTargets implements WebhookTargets {

	@Override
	public void requireExists(String webhook) {
		throw DomainException.ruleBroken("automation.unknown_webhook", "webhook " + webhook + " does not exist");
	}

	@Override
	public void send(String webhook, TicketId ticket, String event) {
		throw DomainException.ruleBroken("automation.unknown_webhook", "webhook " + webhook + " does not exist");
	}
}
