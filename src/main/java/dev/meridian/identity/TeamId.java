package dev.meridian.identity;

import com.fasterxml.jackson.annotation.JsonValue;

public record TeamId(long value) {

	public static TeamId parse(String text) {
		return new TeamId(Ids.parse("team", text));
	}

	@Override
	@JsonValue
	public String toString() {
		return Long.toString(value);
	}
}
