package dev.meridian.quality.internal;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import dev.meridian.quality.ItemType;
import dev.meridian.quality.ScorecardItem;
import dev.meridian.quality.ScorecardVersionView;

/**
 * The automatic score: every item of the scorecard version that no rule hit earns its points, an item with a hit
 * earns none, and a hit on a red-line item fails the conversation with a score of 0. Items that no rule checks (an
 * accurate answer, say) earn their points: only a person can take them away, in a review.
 */
public final class Scoring {

	private Scoring() {
	}

	public record Result(int score, int max, boolean failed) {
	}

	public static Result of(ScorecardVersionView version, Collection<String> hitItems) {
		Set<String> hit = Set.copyOf(hitItems);
		boolean failed = version.items().stream().anyMatch(i -> i.type() == ItemType.RED_LINE && hit.contains(i.key()));
		int score = failed ? 0 : version.items().stream()
			.filter(i -> i.type() != ItemType.RED_LINE && !hit.contains(i.key()))
			.mapToInt(ScorecardItem::points)
			.sum();
		return new Result(score, version.maxPoints(), failed);
	}

	public static Result ofFindings(ScorecardVersionView version, Collection<Finding> findings) {
		return of(version, findings.stream().map(Finding::item).collect(Collectors.toSet()));
	}
}
