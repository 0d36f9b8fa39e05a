package dev.meridian.routing;

import java.time.Instant;
import java.util.List;

import dev.meridian.ticket.TicketId;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's routing state: the tier it needs, the skills it needs (its tags that name an agent skill, plus
 * {@code extraSkills} set through the API) and routing's last decision about it.
 */
public record TicketRoutingView(TicketId ticket, Tier tier, List<String> skills, List<String> extraSkills,
		@Nullable RoutingDecision lastDecision, @Nullable Instant decidedAt) {
}
