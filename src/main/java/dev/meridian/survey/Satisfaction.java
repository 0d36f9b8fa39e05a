package dev.meridian.survey;

import java.time.Instant;

import dev.meridian.customer.CustomerId;
import dev.meridian.identity.BrandId;
import dev.meridian.ticket.TicketId;
import org.jspecify.annotations.Nullable;

/** A customer's answer to the satisfaction survey of one ticket: a score from 1 (very dissatisfied) to 5. */
public record Satisfaction(long id, TicketId ticket, BrandId brand, CustomerId customer, int score,
		@Nullable String comment, Instant answeredAt) {
}
