package dev.meridian.quality;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.meridian.identity.AgentId;
import dev.meridian.ticket.TicketId;
import org.jspecify.annotations.Nullable;

/**
 * A re-review (复检): a reviewer's scores of one conversation with the scorecard version of its inspection, the
 * automatic score beside it, the agent's disputes and what happened to the review, oldest first.
 */
public record ReviewView(ReviewId id, TicketId ticket, @Nullable AgentId agent, AgentId reviewer,
		@Nullable SamplingPlanId plan, ScorecardVersionId scorecardVersion, boolean calibration, ReviewStatus status,
		@Nullable Integer score, int maxScore, boolean failed, @Nullable Integer autoScore, @Nullable String comment,
		List<ItemScore> scores, Set<BusinessType> businessTypes, Instant assignedAt, @Nullable Instant submittedAt,
		@Nullable Instant solvedAt, List<DisputeView> disputes, List<Event> history) {

	/** One step in a review's life: assigned, submitted, disputed, dispute_upheld, dispute_rejected. */
	public record Event(Instant at, @Nullable AgentId actor, String action, @Nullable String item,
			@Nullable Integer scoreAfter, @Nullable String note) {
	}
}
