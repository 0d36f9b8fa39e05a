package dev.meridian.routing;

import java.time.Instant;

import dev.meridian.identity.AgentId;
import dev.meridian.ticket.TicketId;
import org.jspecify.annotations.Nullable;

/** A ticket moved up a tier; {@code by} is null when a rule (an SLA breach, a trigger) escalated it. */
public record TicketEscalated(TicketId ticket, Tier from, Tier to, String reason, @Nullable AgentId by, Instant at) {
}
