package dev.meridian.ticket;

import java.util.List;
import java.util.Optional;

import dev.meridian.identity.AgentId;
import dev.meridian.identity.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * A change to a ticket's fields. A null field is left as it is; an empty Optional for assignee or team
 * clears it. A {@code language} is an agent's correction (a BCP 47 tag); an empty Optional hands the ticket's
 * language back to detection.
 */
public record TicketChanges(@Nullable TicketStatus status, @Nullable Priority priority,
		@Nullable Optional<AgentId> assignee, @Nullable Optional<TeamId> team, @Nullable List<String> tags,
		@Nullable String subject, @Nullable Optional<String> language) {

	public TicketChanges(@Nullable TicketStatus status, @Nullable Priority priority,
			@Nullable Optional<AgentId> assignee, @Nullable Optional<TeamId> team, @Nullable List<String> tags,
			@Nullable String subject) {
		this(status, priority, assignee, team, tags, subject, null);
	}

	public static TicketChanges status(TicketStatus status) {
		return new TicketChanges(status, null, null, null, null, null, null);
	}
}
