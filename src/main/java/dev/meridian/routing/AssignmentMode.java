package dev.meridian.routing;

import java.util.Locale;

import dev.meridian.shared.DomainException;

/** Push: routing assigns an agent. Pull: tickets wait in the team's queue until an agent takes the next one. */
public enum AssignmentMode {
	PUSH, PULL;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static AssignmentMode parse(String text) {
		try {
			return valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw DomainException.malformed("routing.invalid_mode", "mode must be push or pull");
		}
	}
}
