package dev.meridian.quality;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.identity.Ids;

public record DisputeId(long value) {

	public static DisputeId parse(String text) {
		return new DisputeId(Ids.parse("dispute", text));
	}

	@Override
	@JsonValue
	public String toString() {
		return Long.toString(value);
	}
}
