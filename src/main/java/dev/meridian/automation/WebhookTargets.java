package dev.meridian.automation;

import dev.meridian.ticket.TicketId;

/**
 * What triggers need of outbound webhooks: to check that a subscription exists when a trigger names it, and to
 * send a ticket to it when the trigger fires.
 */
public interface WebhookTargets {

	void requireExists(String webhook);

	void send(String webhook, TicketId ticket, String event);
}
