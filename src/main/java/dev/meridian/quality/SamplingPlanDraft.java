package dev.meridian.quality;

import java.util.List;

import dev.meridian.identity.AgentId;
import org.jspecify.annotations.Nullable;

/**
 * A sampling plan as an admin writes it: its kind, the share per agent and week (random share only), the tag (tag
 * plans only), the highest satisfaction rating that still counts as low (low-CSAT plans only; 1 to 5) and the
 * reviewers the sample is spread over.
 */
public record SamplingPlanDraft(String name, SamplingPlanKind kind, int sharePercent, @Nullable String tag,
		int maxScore, boolean enabled, List<AgentId> reviewers) {

	/** The rating at or below which a low-CSAT plan samples a conversation unless the admin says otherwise. */
	public static final int DEFAULT_MAX_SCORE = 2;

	public SamplingPlanDraft {
		reviewers = List.copyOf(reviewers);
	}
}
