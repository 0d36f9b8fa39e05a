package dev.meridian.quality;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How an item is scored: yes or no (all points or none), on a scale from 0 to its points, or as a red line whose breach fails the whole conversation. */
public enum ItemType {
	YES_NO, SCALE, RED_LINE;

	@JsonValue
	public String key() {
		return Keys.key(this);
	}

	@JsonCreator
	public static ItemType parse(String text) {
		return Keys.parse(ItemType.class, "item_type", text);
	}
}
