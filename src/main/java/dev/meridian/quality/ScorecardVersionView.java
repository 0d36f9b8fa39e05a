package dev.meridian.quality;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The items of a scorecard as they were at one version: what an inspection or a review was scored with. */
public record ScorecardVersionView(ScorecardVersionId id, ScorecardId scorecard, String scorecardName, int number,
		List<ScorecardItem> items, Instant createdAt) {

	public Optional<ScorecardItem> item(String key) {
		return items.stream().filter(i -> i.key().equals(key)).findFirst();
	}

	/** The points a conversation can earn: the sum of the items that are not red lines. */
	public int maxPoints() {
		return items.stream().filter(i -> i.type() != ItemType.RED_LINE).mapToInt(ScorecardItem::points).sum();
	}
}
