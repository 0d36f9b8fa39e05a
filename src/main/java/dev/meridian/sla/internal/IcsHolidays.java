package dev.meridian.sla.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import dev.meridian.shared.DomainException;
import dev.meridian.sla.Holiday;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;

/**
 * Reads holidays from an iCalendar file (RFC 5545), as public-holiday feeds and calendar exports publish them: every
 * day an event covers becomes a holiday named by its summary. All-day events cover DTSTART up to the day before
 * DTEND; a timed event counts for the day it starts in the calendar's zone. Recurring events (a yearly RRULE) are
 * expanded over {@code [from, to)}, and so are single events, so an old feed does not fill the calendar with
 * past years.
 */
public final class IcsHolidays {

	/** A feed with more days than this is not a holiday list. */
	private static final int MAX_DAYS = 1000;

	private IcsHolidays() {
	}

	public static List<Holiday> read(InputStream ics, ZoneId zone, LocalDate from, LocalDate to) {
		Calendar calendar;
		try {
			calendar = new CalendarBuilder().build(ics);
		}
		catch (IOException | ParserException | RuntimeException e) {
			throw DomainException.malformed("business_calendar.invalid_ics",
					"the file is not an iCalendar file: " + e.getMessage());
		}
		Map<LocalDate, String> days = new TreeMap<>();
		for (Component component : calendar.getComponents(Component.VEVENT)) {
			VEvent event = (VEvent) component;
			String name = event.<net.fortuna.ical4j.model.property.Summary>getProperty(Property.SUMMARY)
				.map(Property::getValue)
				.map(String::strip)
				.filter(s -> !s.isEmpty())
				.orElse("Holiday");
			for (LocalDate day : daysOf(event, zone, from, to)) {
				if (!day.isBefore(from) && day.isBefore(to)) {
					days.putIfAbsent(day, name);
				}
				if (days.size() > MAX_DAYS) {
					throw DomainException.ruleBroken("business_calendar.too_many_holidays",
							"the file has more than " + MAX_DAYS + " holiday dates in the years imported");
				}
			}
		}
		List<Holiday> holidays = new ArrayList<>();
		days.forEach((day, name) -> holidays.add(new Holiday(day, name)));
		return holidays;
	}

	private static Set<LocalDate> daysOf(VEvent event, ZoneId zone, LocalDate from, LocalDate to) {
		Optional<DtStart<Temporal>> start = event.getStartDate();
		if (start.isEmpty()) {
			return Set.of();
		}
		boolean allDay = start.get().getDate() instanceof LocalDate;
		Set<LocalDate> days = new java.util.TreeSet<>();
		if (event.getProperty(Property.RRULE).isPresent() || event.getProperty(Property.RDATE).isPresent()) {
			Period<Temporal> window = allDay ? new Period<>(from, to)
					: new Period<>(from.atStartOfDay(zone), to.atStartOfDay(zone));
			Set<Period<Temporal>> occurrences = event.calculateRecurrenceSet(window);
			for (Period<Temporal> occurrence : occurrences) {
				addDays(days, occurrence.getStart(), occurrence.getEnd(), allDay, zone);
			}
			return days;
		}
		Optional<DtEnd<Temporal>> end = event.getEndDate();
		addDays(days, start.get().getDate(), end.map(DtEnd::getDate).orElse(null), allDay, zone);
		return days;
	}

	private static void addDays(Set<LocalDate> days, Temporal start, Temporal end, boolean allDay, ZoneId zone) {
		LocalDate first = dateOf(start, zone);
		if (!allDay || end == null) {
			days.add(first);
			return;
		}
		LocalDate last = dateOf(end, zone).minusDays(1);
		for (LocalDate day = first; !day.isAfter(last) && days.size() <= MAX_DAYS; day = day.plusDays(1)) {
			days.add(day);
		}
		days.add(first);
	}

	private static LocalDate dateOf(Temporal temporal, ZoneId zone) {
		if (temporal instanceof LocalDate date) {
			return date;
		}
		if (temporal instanceof LocalDateTime local) {
			return local.toLocalDate();
		}
		if (temporal instanceof ZonedDateTime zoned) {
			return zoned.withZoneSameInstant(zone).toLocalDate();
		}
		if (temporal instanceof OffsetDateTime offset) {
			return offset.atZoneSameInstant(zone).toLocalDate();
		}
		if (temporal instanceof java.time.Instant instant) {
			return LocalDate.ofInstant(instant, zone);
		}
		return LocalDate.from(temporal);
	}
}
