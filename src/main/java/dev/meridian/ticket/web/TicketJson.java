package dev.meridian.ticket.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.meridian.customer.CustomerId;
import dev.meridian.customer.CustomerView;
import dev.meridian.identity.AgentId;
import dev.meridian.identity.BrandId;
import dev.meridian.identity.TeamId;
import dev.meridian.ticket.*;
import org.jspecify.annotations.Nullable;

/** A ticket as the API shows it; the customer is embedded because every client wants their name and email. */
record TicketJson(TicketId id, long number, String subject, TicketStatus status, Priority priority, BrandId brand,
		Channel channel, CustomerRef customer, @Nullable AgentId assignee, @Nullable TeamId team, List<String> tags,
		@Nullable String language, @Nullable TicketId followUpOf, @Nullable TicketId mergedInto,
		@Nullable TicketId splitFrom, Instant createdAt, Instant updatedAt, @Nullable Instant firstReplyAt,
		@Nullable Instant solvedAt, @Nullable Instant closedAt, @Nullable Instant nextDueAt) {

	record CustomerRef(CustomerId id, String name, @Nullable String email) {
	}

	static TicketJson of(TicketView t, Map<CustomerId, CustomerView> customers) {
		CustomerView c = customers.get(t.customer());
		CustomerRef customer = c == null ? new CustomerRef(t.customer(), "", null)
				: new CustomerRef(c.id(), c.name(), c.email());
		return new TicketJson(t.id(), t.number(), t.subject(), t.status(), t.priority(), t.brand(), t.channel(),
				customer, t.assignee(), t.team(), t.tags(), t.language(), t.followUpOf(), t.mergedInto(), t.splitFrom(),
				t.createdAt(), t.updatedAt(), t.firstReplyAt(), t.solvedAt(), t.closedAt(), t.nextDueAt());
	}
}
