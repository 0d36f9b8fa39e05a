package dev.meridian.sla;

import java.time.Instant;
import java.util.List;

import dev.meridian.ticket.TicketId;
import org.jspecify.annotations.Nullable;

/** A ticket's service levels: every target measured so far, oldest first, and the next due time. */
public record TicketSla(TicketId ticket, @Nullable Instant nextDueAt, List<SlaTimerView> targets) {
}
