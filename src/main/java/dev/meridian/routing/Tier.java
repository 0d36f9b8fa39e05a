package dev.meridian.routing;

import java.util.Locale;

import dev.meridian.shared.DomainException;

/**
 * Support tiers: L1 answers most questions, L2 takes what L1 escalates, L3 is the last line (specialists,
 * engineering). An agent of a tier may take tickets of that tier and below.
 */
public enum Tier {
	L1, L2, L3;

	public int level() {
		return ordinal() + 1;
	}

	public boolean covers(Tier required) {
		return compareTo(required) >= 0;
	}

	public static Tier of(int level) {
		if (level < 1 || level > 3) {
			throw DomainException.ruleBroken("routing.invalid_tier", "tier must be L1, L2 or L3");
		}
		return values()[level - 1];
	}

	/** Accepts {@code L2}, {@code l2} or {@code 2}. */
	public static Tier parse(String text) {
		String t = text.trim().toUpperCase(Locale.ROOT);
		if (t.matches("[123]")) {
			return of(Integer.parseInt(t));
		}
		try {
			return valueOf(t);
		}
		catch (IllegalArgumentException e) {
			throw DomainException.malformed("routing.invalid_tier", "tier must be L1, L2 or L3");
		}
	}
}
