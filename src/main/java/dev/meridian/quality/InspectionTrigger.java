package dev.meridian.quality;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Why a conversation was inspected: it was solved, an admin ran inspection over a time range, or the same customer came back soon after. */
public enum InspectionTrigger {
	SOLVED, ON_DEMAND, REPEAT_CONTACT;

	@JsonValue
	public String key() {
		return Keys.key(this);
	}

	@JsonCreator
	public static InspectionTrigger parse(String text) {
		return Keys.parse(InspectionTrigger.class, "trigger", text);
	}
}
