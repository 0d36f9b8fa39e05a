package dev.meridian.sla;

import java.time.Instant;

import dev.meridian.ticket.TicketId;

/** A running target of the ticket has used its policy's warning share; it falls due at {@code dueAt}. */
public record SlaWarning(TicketId ticket, SlaMetric metric, String policy, Instant dueAt) {
}
