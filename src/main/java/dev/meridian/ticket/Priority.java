package dev.meridian.ticket;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Declared from least to most urgent: the order is the sort order. */
public enum Priority {
	LOW, NORMAL, HIGH, URGENT;

	@JsonValue
	public String key() {
		return KeyedEnum.key(this);
	}

	@JsonCreator
	public static Priority parse(String text) {
		return KeyedEnum.parse(Priority.class, "priority", text);
	}
}
