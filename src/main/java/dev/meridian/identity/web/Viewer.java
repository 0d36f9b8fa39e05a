package dev.meridian.identity.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import dev.meridian.identity.AgentPrincipal;

/** The signed-in admin's language and time zone: every date on the admin pages is shown in them. */
record Viewer(Locale locale, ZoneId zone) {

	static Viewer of(Locale locale) {
		AgentPrincipal me = AgentPrincipal.current();
		return new Viewer(locale, me == null ? ZoneOffset.UTC : me.timeZone());
	}

	String date(Instant instant) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone).format(instant);
	}

	String dateTime(Instant instant) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone)
			.format(instant);
	}

	/** A wall-clock time somewhere else, e.g. "Tue 14:05" for a team in another zone. */
	String localTime(Instant instant, ZoneId where) {
		return DateTimeFormatter.ofPattern("EEE HH:mm", locale).withZone(where).format(instant);
	}
}
