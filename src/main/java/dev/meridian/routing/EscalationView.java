package dev.meridian.routing;

import java.time.Instant;

import dev.meridian.identity.AgentId;
import dev.meridian.ticket.TicketId;
import org.jspecify.annotations.Nullable;

public record EscalationView(long id, TicketId ticket, Tier from, Tier to, String reason, @Nullable AgentId by,
		Instant at) {
}
