package dev.meridian.quality;

import java.time.Instant;
import java.util.List;

import dev.meridian.identity.AgentId;
import org.jspecify.annotations.Nullable;

public record SamplingPlanView(SamplingPlanId id, String name, SamplingPlanKind kind, int sharePercent,
		@Nullable String tag, int maxScore, boolean enabled, List<AgentId> reviewers, Instant createdAt, Instant updatedAt) {
}
