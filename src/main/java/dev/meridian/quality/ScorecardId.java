package dev.meridian.quality;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.identity.Ids;

public record ScorecardId(long value) {

	public static ScorecardId parse(String text) {
		return new ScorecardId(Ids.parse("scorecard", text));
	}

	@Override
	@JsonValue
	public String toString() {
		return Long.toString(value);
	}
}
