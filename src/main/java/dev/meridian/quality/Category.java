package dev.meridian.quality;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The scorecard categories: a closed list, so that reports compare like with like and every label is translated. */
public enum Category {
	RED_LINE, ATTITUDE, PRODUCT_KNOWLEDGE, TIMELINESS, PROCESS;

	@JsonValue
	public String key() {
		return Keys.key(this);
	}

	@JsonCreator
	public static Category parse(String text) {
		return Keys.parse(Category.class, "category", text);
	}
}
