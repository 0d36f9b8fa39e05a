package dev.meridian.quality;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.identity.Ids;

public record ReviewId(long value) {

	public static ReviewId parse(String text) {
		return new ReviewId(Ids.parse("review", text));
	}

	@Override
	@JsonValue
	public String toString() {
		return Long.toString(value);
	}
}
