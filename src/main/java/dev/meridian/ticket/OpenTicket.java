package dev.meridian.ticket;

import java.time.Instant;
import java.util.List;

import dev.meridian.customer.CustomerId;
import dev.meridian.identity.BrandId;
import org.jspecify.annotations.Nullable;

/**
 * Opens a ticket with the customer's first message. {@code receivedAt} lets importers keep the original time;
 * null means now.
 */
public record OpenTicket(String subject, BrandId brand, Channel channel, CustomerId customer, MessageBody message,
		@Nullable Priority priority, List<String> tags, @Nullable Instant receivedAt) {

	public OpenTicket {
		tags = List.copyOf(tags);
	}
}
