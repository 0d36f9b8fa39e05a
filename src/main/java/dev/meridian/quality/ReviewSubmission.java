package dev.meridian.quality;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** A reviewer's scores: one per item of the review's scorecard version, a comment and the business types. */
public record ReviewSubmission(List<ItemScore> scores, @Nullable String comment, Set<BusinessType> businessTypes) {

	public ReviewSubmission {
		scores = List.copyOf(scores);
		businessTypes = Set.copyOf(businessTypes);
	}
}
