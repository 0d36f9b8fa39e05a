package dev.meridian.sla;

import java.time.Instant;

import dev.meridian.ticket.TicketId;

/** A running target of the ticket passed its due time {@code dueAt} unmet. */
public record SlaBreached(TicketId ticket, SlaMetric metric, String policy, Instant dueAt) {
}
