package dev.meridian.routing;

import java.util.Locale;

import dev.meridian.shared.DomainException;

/**
 * How a push team picks among the agents who may take a ticket: in turn, or the one with the least work (unsolved
 * tickets plus live chats, weighted by the team's chat weight).
 */
public enum AssignmentStrategy {
	ROUND_ROBIN, LEAST_LOADED;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static AssignmentStrategy parse(String text) {
		try {
			return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException e) {
			throw DomainException.malformed("routing.invalid_strategy", "strategy must be round_robin or least_loaded");
		}
	}
}
