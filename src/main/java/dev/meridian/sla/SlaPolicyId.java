package dev.meridian.sla;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.identity.Ids;

public record SlaPolicyId(long value) {

	public static SlaPolicyId parse(String text) {
		return new SlaPolicyId(Ids.parse("sla_policy", text));
	}

	@Override
	@JsonValue
	public String toString() {
		return Long.toString(value);
	}
}
