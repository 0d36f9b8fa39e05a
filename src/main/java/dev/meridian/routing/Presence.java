package dev.meridian.routing;

import java.util.Locale;

import dev.meridian.identity.AgentStatus;
import dev.meridian.shared.DomainException;

/** Whether an agent takes work now: only online agents get tickets and chats pushed to them. */
public enum Presence {
	ONLINE, AWAY, OFFLINE;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Presence parse(String text) {
		try {
			return valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw DomainException.malformed("routing.invalid_presence", "presence must be one of online, away, offline");
		}
	}

	/** Presence is kept as the agent's status in identity; this is the same value seen from routing. */
	public static Presence of(AgentStatus status) {
		return valueOf(status.name());
	}

	AgentStatus status() {
		return AgentStatus.valueOf(name());
	}
}
