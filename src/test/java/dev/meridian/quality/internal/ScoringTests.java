package dev.meridian.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.meridian.quality.Category;
import dev.meridian.quality.ItemType;
import dev.meridian.quality.ScorecardId;
import dev.meridian.quality.ScorecardItem;
import dev.meridian.quality.ScorecardVersionId;
import dev.meridian.quality.ScorecardVersionView;
import org.junit.jupiter.api.Test;

class ScoringTests {

	private static final ScorecardVersionView CARD = new ScorecardVersionView(new ScorecardVersionId(1),
			new ScorecardId(1), "Test", 1,
			List.of(new ScorecardItem("sensitive_data", Category.RED_LINE, "No card numbers", ItemType.RED_LINE, 0),
					new ScorecardItem("greeting", Category.ATTITUDE, "Greets", ItemType.YES_NO, 10),
					new ScorecardItem("polite_tone", Category.ATTITUDE, "Polite", ItemType.SCALE, 30),
					new ScorecardItem("accurate_answer", Category.PRODUCT_KNOWLEDGE, "Accurate", ItemType.SCALE, 60)),
			Instant.EPOCH);

	@Test
	void aConversationWithoutHitsEarnsEveryPoint() {
		assertThat(Scoring.of(CARD, Set.of())).isEqualTo(new Scoring.Result(100, 100, false));
	}

	@Test
	void anItemWithAHitEarnsNothingAndTheOthersKeepTheirPoints() {
		assertThat(Scoring.of(CARD, Set.of("greeting", "polite_tone"))).isEqualTo(new Scoring.Result(60, 100, false));
	}

	@Test
	void aRedLineHitFailsTheWholeConversation() {
		assertThat(Scoring.of(CARD, Set.of("sensitive_data"))).isEqualTo(new Scoring.Result(0, 100, true));
	}

	@Test
	void aHitOnAnItemTheScorecardDoesNotHaveChangesNothing() {
		assertThat(Scoring.of(CARD, Set.of("not_on_this_card"))).isEqualTo(new Scoring.Result(100, 100, false));
	}
}
