package dev.meridian.ticket;

import com.fasterxml.jackson.annotation.JsonValue;

/** List orders, each paginated by keyset (sort value, id). */
public enum TicketSort {
	NEWEST, OLDEST, UPDATED, PRIORITY;

	@JsonValue
	public String key() {
		return KeyedEnum.key(this);
	}

	public static TicketSort parse(String text) {
		return KeyedEnum.parse(TicketSort.class, "sort", text);
	}
}
