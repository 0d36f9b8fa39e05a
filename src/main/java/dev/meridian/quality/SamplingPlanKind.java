package dev.meridian.quality;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a sampling plan picks conversations for re-review: a random share of each agent's solved conversations per
 * week, every conversation that crossed a red line, every conversation with a tag (a business type such as refund),
 * or every conversation whose customer's latest satisfaction rating is low.
 */
public enum SamplingPlanKind {
	RANDOM_SHARE, RED_LINE, TAG, LOW_CSAT;

	@JsonValue
	public String key() {
		return Keys.key(this);
	}

	@JsonCreator
	public static SamplingPlanKind parse(String text) {
		return Keys.parse(SamplingPlanKind.class, "kind", text);
	}
}
