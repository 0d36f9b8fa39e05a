package dev.meridian.ticket;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.identity.Ids;

public record TicketId(long value) {

	public static TicketId parse(String text) {
		return new TicketId(Ids.parse("ticket", text));
	}

	@Override
	@JsonValue
	public String toString() {
		return Long.toString(value);
	}
}
