package dev.meridian.ticket;

import java.util.Set;

import dev.meridian.customer.CustomerId;
import dev.meridian.identity.AgentId;
import dev.meridian.identity.BrandId;
import dev.meridian.identity.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * Which tickets to list. Null fields do not filter; {@code unassigned} selects tickets without an assignee.
 */
public record TicketFilter(Set<TicketStatus> statuses, @Nullable BrandId brand, @Nullable Channel channel,
		@Nullable AgentId assignee, boolean unassigned, @Nullable TeamId team, @Nullable String language,
		@Nullable String tag, @Nullable String text, @Nullable CustomerId customer) {

	public TicketFilter {
		statuses = Set.copyOf(statuses);
	}

	public static TicketFilter all() {
		return new TicketFilter(Set.of(), null, null, null, false, null, null, null, null, null);
	}

	public TicketFilter withStatuses(Set<TicketStatus> statuses) {
		return new TicketFilter(statuses, brand, channel, assignee, unassigned, team, language, tag, text, customer);
	}

	public TicketFilter withAssignee(@Nullable AgentId assignee, boolean unassigned) {
		return new TicketFilter(statuses, brand, channel, assignee, unassigned, team, language, tag, text, customer);
	}

	public TicketFilter withCustomer(CustomerId customer) {
		return new TicketFilter(statuses, brand, channel, assignee, unassigned, team, language, tag, text, customer);
	}
}
