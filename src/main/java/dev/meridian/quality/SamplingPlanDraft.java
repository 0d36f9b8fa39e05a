package dev.meridian.quality;

import java.util.List;

import dev.meridian.identity.AgentId;
import org.jspecify.annotations.Nullable;

/**
 * A sampling plan as an admin writes it: its kind, the share per agent and week (random share only), the tag (tag
 * plans only) and the reviewers the sample is spread over.
 */
public record SamplingPlanDraft(String name, SamplingPlanKind kind, int sharePercent, @Nullable String tag,
		boolean enabled, List<AgentId> reviewers) {

	public SamplingPlanDraft {
		reviewers = List.copyOf(reviewers);
	}
}
