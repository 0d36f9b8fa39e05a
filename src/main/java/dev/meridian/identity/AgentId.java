package dev.meridian.identity;

import com.fasterxml.jackson.annotation.JsonValue;

public record AgentId(long value) implements java.io.Serializable {

	public static AgentId parse(String text) {
		return new AgentId(Ids.parse("agent", text));
	}

	@Override
	@JsonValue
	public String toString() {
		return Long.toString(value);
	}
}
