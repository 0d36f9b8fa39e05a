package dev.meridian.quality;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.identity.Ids;

public record ScorecardVersionId(long value) {

	public static ScorecardVersionId parse(String text) {
		return new ScorecardVersionId(Ids.parse("scorecard_version", text));
	}

	@Override
	@JsonValue
	public String toString() {
		return Long.toString(value);
	}
}
