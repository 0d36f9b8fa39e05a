package dev.meridian.ticket;

import java.time.Instant;

import dev.meridian.customer.CustomerId;
import dev.meridian.identity.BrandId;
import org.jspecify.annotations.Nullable;

/**
 * What a channel hands to {@code ticket} once it has stored the traffic durably: a customer's message, and,
 * when the channel has threaded it, the ticket it continues. Without one a new ticket is opened.
 */
public record InboundMessage(BrandId brand, Channel channel, CustomerId customer, String subject, MessageBody body,
		@Nullable TicketId continues, @Nullable Instant receivedAt) {
}
