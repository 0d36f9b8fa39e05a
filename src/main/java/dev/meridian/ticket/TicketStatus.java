package dev.meridian.ticket;

import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The lifecycle of a ticket. {@link #next()} lists the statuses an agent may move a ticket to; a ticket never
 * goes back to NEW, and CLOSED is final (a customer who writes again gets a follow-up ticket).
 */
public enum TicketStatus {
	NEW, OPEN, PENDING, ON_HOLD, SOLVED, CLOSED;

	public Set<TicketStatus> next() {
		return switch (this) {
			case NEW -> EnumSet.of(OPEN, PENDING, ON_HOLD, SOLVED);
			case OPEN -> EnumSet.of(PENDING, ON_HOLD, SOLVED);
			case PENDING -> EnumSet.of(OPEN, ON_HOLD, SOLVED);
			case ON_HOLD -> EnumSet.of(OPEN, PENDING, SOLVED);
			case SOLVED -> EnumSet.of(OPEN, CLOSED);
			case CLOSED -> EnumSet.noneOf(TicketStatus.class);
		};
	}

	public boolean canMoveTo(TicketStatus target) {
		return next().contains(target);
	}

	/** Work that still waits for the seller: new and open tickets. */
	public boolean isActive() {
		return this == NEW || this == OPEN;
	}

	public boolean isUnsolved() {
		return this != SOLVED && this != CLOSED;
	}

	@JsonValue
	public String key() {
		return KeyedEnum.key(this);
	}

	@JsonCreator
	public static TicketStatus parse(String text) {
		return KeyedEnum.parse(TicketStatus.class, "status", text);
	}
}
