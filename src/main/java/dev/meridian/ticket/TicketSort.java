package dev.meridian.ticket;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * List orders, each paginated by keyset (sort value, id). {@code DUE} puts the ticket whose service-level target
 * falls due first at the top, tickets without a running target last.
 */
public enum TicketSort {
	NEWEST, OLDEST, UPDATED, PRIORITY, DUE;

	@JsonValue
	public String key() {
		return KeyedEnum.key(this);
	}

	public static TicketSort parse(String text) {
		return KeyedEnum.parse(TicketSort.class, "sort", text);
	}
}
