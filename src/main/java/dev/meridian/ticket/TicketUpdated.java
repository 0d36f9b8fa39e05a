package dev.meridian.ticket;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An agent, an API client or a rule changed some of the ticket's fields: {@code fields} names them (subject,
 * priority, team, assignee, tags, status, language). A status change is also published as
 * {@link TicketStatusChanged}. {@code rule} names the automation rule that made the change (as the audit trail
 * shows it, e.g. {@code trigger: Close solved tickets}), null for people and API clients: rules use it not to
 * react to their own changes.
 */
public record TicketUpdated(TicketId ticket, Set<String> fields, @Nullable String rule) {

	public TicketUpdated {
		fields = Set.copyOf(fields);
	}

	public TicketUpdated(TicketId ticket, Set<String> fields) {
		this(ticket, fields, null);
	}
}
