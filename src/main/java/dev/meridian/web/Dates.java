package dev.meridian.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import dev.meridian.identity.AgentPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats instants for people, in the signed-in agent's time zone and UI language. Templates call it as
 * {@code ${@dates.time(ticket.updatedAt)}}: a time today, a day and month this year, a full date before.
 */
@Component("dates")
public class Dates {

	private final MessageSource messages;
	private final Clock clock;

	Dates(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	/** Short and scannable, for lists: "14:05", "Mar 3" or "3/3/24" in the viewer's locale. */
	public String time(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		Locale locale = locale();
		ZonedDateTime at = instant.atZone(zone());
		ZonedDateTime now = clock.instant().atZone(zone());
		if (at.toLocalDate().equals(now.toLocalDate())) {
			return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(at);
		}
		if (at.getYear() == now.getYear()) {
			String pattern = messages.getMessage("dates.month_day", null, "MMM d", locale);
			return DateTimeFormatter.ofPattern(pattern, locale).format(at);
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale).format(at);
	}

	/** Date and time, for a message header: "Mar 3, 2:05 PM" this year, "Mar 3, 2024, 2:05 PM" before. */
	public String dateTime(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		Locale locale = locale();
		ZonedDateTime at = instant.atZone(zone());
		if (at.getYear() == clock.instant().atZone(zone()).getYear()) {
			String pattern = messages.getMessage("dates.month_day_time", null, "MMM d, HH:mm", locale);
			return DateTimeFormatter.ofPattern(pattern, locale).format(at);
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).format(at);
	}

	/** A calendar date: "Mar 3, 2025". */
	public String date(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(instant.atZone(zone()));
	}

	/** Everything, with the zone spelled out, for tooltips. */
	public String full(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withLocale(locale())
			.format(instant.atZone(zone())) + " (" + zone().getId() + ")";
	}

	/** Machine-readable, for {@code <time datetime>}. */
	public String iso(@Nullable Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
	}

	/** The wall-clock time now in another zone, e.g. a customer's: "21:40". */
	public String timeIn(ZoneId zone) {
		return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale()).format(clock.instant().atZone(zone));
	}

	/**
	 * The time and weekday now in someone else's zone, for "03:12 Tue, customer's time": the weekday tells the agent
	 * at a glance that it is already tomorrow (or still yesterday) over there. The order follows the viewer's
	 * language ({@code dates.clock_weekday}: "HH:mm EEE", "E HH:mm", ...).
	 */
	public String clockIn(ZoneId zone) {
		Locale locale = locale();
		String pattern = messages.getMessage("dates.clock_weekday", null, "HH:mm EEE", locale);
		return DateTimeFormatter.ofPattern(pattern, locale).format(clock.instant().atZone(zone));
	}

	/**
	 * The customer's clock for a dense list: just the time when it is the same day for them as for the viewer,
	 * with the weekday when it is not ("21:40", "03:12 Wed").
	 */
	public String clockInBrief(ZoneId zone) {
		Instant now = clock.instant();
		if (now.atZone(zone).toLocalDate().equals(now.atZone(zone()).toLocalDate())) {
			Locale locale = locale();
			String pattern = messages.getMessage("dates.clock", null, "HH:mm", locale);
			return DateTimeFormatter.ofPattern(pattern, locale).format(now.atZone(zone));
		}
		return clockIn(zone);
	}

	/** "UTC+9", "UTC−3:30", "UTC": the offset of a zone now, for a tooltip beside its name. */
	public String offsetIn(ZoneId zone) {
		int seconds = zone.getRules().getOffset(clock.instant()).getTotalSeconds();
		if (seconds == 0) {
			return "UTC";
		}
		int minutes = Math.abs(seconds) / 60;
		return "UTC" + (seconds < 0 ? "\u2212" : "+") + minutes / 60
				+ (minutes % 60 == 0 ? "" : String.format(Locale.ROOT, ":%02d", minutes % 60));
	}

	/** The viewer's zone: the signed-in agent's, else UTC. */
	public ZoneId zone() {
		AgentPrincipal agent = AgentPrincipal.current();
		return agent == null ? ZoneId.of("UTC") : agent.timeZone();
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
