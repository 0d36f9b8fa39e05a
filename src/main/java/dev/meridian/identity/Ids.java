package dev.meridian.identity;

import dev.meridian.shared.DomainException;

/** Parses the string ids of the API into numbers, with a clear error for anything else. */
public final class Ids {

	private Ids() {
	}

	public static long parse(String what, String text) {
		try {
			long value = Long.parseLong(text.trim());
			if (value > 0) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		throw DomainException.malformed(what + ".invalid_id", "'" + text + "' is not a valid " + what + " id");
	}
}
