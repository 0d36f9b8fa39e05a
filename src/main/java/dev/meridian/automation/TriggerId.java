package dev.meridian.automation;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.identity.Ids;

public record TriggerId(long value) {

	public static TriggerId parse(String text) {
		return new TriggerId(Ids.parse("trigger", text));
	}

	@Override
	@JsonValue
	public String toString() {
		return Long.toString(value);
	}
}
