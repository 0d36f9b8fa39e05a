package dev.meridian.automation;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.identity.Ids;

public record MacroId(long value) {

	public static MacroId parse(String text) {
		return new MacroId(Ids.parse("macro", text));
	}

	@Override
	@JsonValue
	public String toString() {
		return Long.toString(value);
	}
}
