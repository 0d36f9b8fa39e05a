package dev.meridian.quality;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An agent's appeal of one item of a review: open until a lead upholds it (the item's points change) or rejects it. */
public enum DisputeStatus {
	OPEN, UPHELD, REJECTED;

	@JsonValue
	public String key() {
		return Keys.key(this);
	}

	@JsonCreator
	public static DisputeStatus parse(String text) {
		return Keys.parse(DisputeStatus.class, "dispute_status", text);
	}
}
