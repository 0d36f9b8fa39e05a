package dev.meridian.ticket;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.identity.Ids;

public record MessageId(long value) {

	public static MessageId parse(String text) {
		return new MessageId(Ids.parse("message", text));
	}

	@Override
	@JsonValue
	public String toString() {
		return Long.toString(value);
	}
}
