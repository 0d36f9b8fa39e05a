package dev.meridian.ticket;

import java.util.Set;

/**
 * An agent, an API client or a rule changed some of the ticket's fields: {@code fields} names them (subject,
 * priority, team, assignee, tags, status, language). A status change is also published as
 * {@link TicketStatusChanged}.
 */
public record TicketUpdated(TicketId ticket, Set<String> fields) {

	public TicketUpdated {
		fields = Set.copyOf(fields);
	}
}
