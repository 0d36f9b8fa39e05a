package dev.meridian.sla.internal;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import dev.meridian.identity.TeamId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds the calendar a target counts in and its hours: the policy's own calendar, else the team's, else the
 * default one. A calendar deleted under a running timer counts as the default; with no calendar at all, time
 * counts around the clock.
 */
@Component
public class CalendarHours {

	private final BusinessCalendarRepository calendars;

	CalendarHours(BusinessCalendarRepository calendars) {
		this.calendars = calendars;
	}

	public @Nullable Long resolve(@Nullable Long policyCalendar, @Nullable TeamId team) {
		if (policyCalendar != null && calendars.existsById(policyCalendar)) {
			return policyCalendar;
		}
		if (team != null) {
			var own = calendars.findByTeamId(team.value());
			if (own.isPresent()) {
				return own.get().id();
			}
		}
		return calendars.findFirstByIsDefaultTrueOrderByIdAsc().map(BusinessCalendar::id).orElse(null);
	}

	/** A per-call cache: one ticket event looks a calendar up once. */
	public Lookup lookup() {
		return new Lookup();
	}

	public final class Lookup {

		private final Map<Long, BusinessHours> cache = new HashMap<>();

		private @Nullable BusinessHours fallback;

		public BusinessHours of(@Nullable Long calendarId) {
			if (calendarId != null) {
				BusinessHours cached = cache.get(calendarId);
				if (cached != null) {
					return cached;
				}
				var calendar = calendars.findById(calendarId);
				if (calendar.isPresent()) {
					BusinessHours hours = calendar.get().hours();
					cache.put(calendarId, hours);
					return hours;
				}
			}
			if (fallback == null) {
				fallback = calendars.findFirstByIsDefaultTrueOrderByIdAsc()
					.map(BusinessCalendar::hours)
					.orElse(BusinessHours.alwaysOpen(ZoneOffset.UTC));
			}
			return fallback;
		}
	}
}
