package dev.meridian.quality;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A review is assigned to a reviewer until they submit their scores. */
public enum ReviewStatus {
	ASSIGNED, SUBMITTED;

	@JsonValue
	public String key() {
		return Keys.key(this);
	}

	@JsonCreator
	public static ReviewStatus parse(String text) {
		return Keys.parse(ReviewStatus.class, "status", text);
	}
}
