package dev.meridian.identity;

import java.util.Locale;

import dev.meridian.shared.DomainException;

public enum AgentStatus {
	ONLINE, AWAY, OFFLINE;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static AgentStatus parse(String text) {
		try {
			return valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw DomainException.malformed("agent.invalid_status", "status must be one of online, away, offline");
		}
	}
}
