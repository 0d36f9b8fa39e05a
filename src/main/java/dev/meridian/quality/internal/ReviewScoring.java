package dev.meridian.quality.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.quality.ItemScore;
import dev.meridian.quality.ItemType;
import dev.meridian.quality.ScorecardItem;
import dev.meridian.quality.ScorecardVersionView;
import dev.meridian.shared.DomainException;

/**
 * A reviewer's score: one score for every item of the scorecard version, within the item's range; a breached red
 * line fails the conversation with 0, otherwise the points add up.
 */
public final class ReviewScoring {

	private ReviewScoring() {
	}

	public static Scoring.Result score(ScorecardVersionView version, List<ItemScore> scores) {
		Map<String, ItemScore> byItem = new HashMap<>();
		for (ItemScore score : scores) {
			if (byItem.put(score.item(), score) != null) {
				throw DomainException.ruleBroken("review.duplicate_item", "item '" + score.item() + "' is scored twice");
			}
			if (version.item(score.item()).isEmpty()) {
				throw DomainException.ruleBroken("review.unknown_item",
						"item '" + score.item() + "' is not on this scorecard version");
			}
		}
		boolean failed = false;
		int total = 0;
		for (ScorecardItem item : version.items()) {
			ItemScore score = byItem.get(item.key());
			if (score == null) {
				throw new DomainException(DomainException.Kind.RULE_BROKEN, "review.item_missing",
						"every item needs a score; '" + item.key() + "' has none", List.of(item.key()));
			}
			check(item, score);
			failed |= item.type() == ItemType.RED_LINE && score.breached();
			total += item.type() == ItemType.RED_LINE ? 0 : score.points();
		}
		return new Scoring.Result(failed ? 0 : total, version.maxPoints(), failed);
	}

	static void check(ScorecardItem item, ItemScore score) {
		boolean valid = switch (item.type()) {
			case RED_LINE -> score.points() == 0;
			case YES_NO -> score.points() == 0 || score.points() == item.points();
			case SCALE -> score.points() >= 0 && score.points() <= item.points();
		};
		if (!valid) {
			throw new DomainException(DomainException.Kind.RULE_BROKEN, "review.invalid_points",
					item.type() == ItemType.YES_NO
							? "'" + item.key() + "' is yes or no: 0 or " + item.points() + " points"
							: "'" + item.key() + "' takes 0 to " + item.points() + " points",
					List.of(item.key()));
		}
	}
}
