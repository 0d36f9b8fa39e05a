package dev.meridian.survey;

import java.time.Instant;

import dev.meridian.identity.BrandId;
import dev.meridian.ticket.TicketId;
import org.jspecify.annotations.Nullable;

/** A customer rated a ticket, or changed their rating ({@code previousScore} is then the score they gave before). */
public record SatisfactionRated(TicketId ticket, BrandId brand, int score, @Nullable Integer previousScore,
		Instant answeredAt) {
}
