package dev.meridian.ticket;

import java.time.Instant;
import java.util.List;

import dev.meridian.customer.CustomerId;
import dev.meridian.identity.AgentId;
import dev.meridian.identity.BrandId;
import dev.meridian.identity.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * A ticket. {@code language} follows the customer's latest confidently detected message unless an agent chose it
 * ({@code languageByAgent}). {@code nextDueAt} is the earliest due time of the ticket's running service-level
 * targets, null when none runs (pending, on hold, solved, or no target applies).
 */
public record TicketView(TicketId id, long number, String subject, TicketStatus status, Priority priority,
		BrandId brand, Channel channel, CustomerId customer, @Nullable AgentId assignee, @Nullable TeamId team,
		List<String> tags, @Nullable String language, boolean languageByAgent, @Nullable TicketId followUpOf,
		@Nullable TicketId mergedInto, @Nullable TicketId splitFrom, Instant createdAt, Instant updatedAt,
		@Nullable Instant firstReplyAt, @Nullable Instant solvedAt, @Nullable Instant closedAt,
		@Nullable Instant nextDueAt) {
}
