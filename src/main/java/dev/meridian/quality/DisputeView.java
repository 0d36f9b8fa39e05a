package dev.meridian.quality;

import java.time.Instant;

import dev.meridian.identity.AgentId;
import org.jspecify.annotations.Nullable;

/** An agent's appeal of one item of a review and, once decided, the lead's decision and the item's new points. */
public record DisputeView(DisputeId id, ReviewId review, String item, AgentId agent, String reason,
		DisputeStatus status, @Nullable AgentId decidedBy, @Nullable String decisionNote, int pointsBefore,
		@Nullable Integer pointsAfter, Instant createdAt, @Nullable Instant decidedAt) {
}
