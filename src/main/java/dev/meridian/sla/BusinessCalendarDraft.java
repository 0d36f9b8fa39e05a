package dev.meridian.sla;

import java.time.ZoneId;
import java.util.List;

import dev.meridian.identity.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * What an admin enters for a business calendar. {@code alwaysOpen} (24/7) ignores {@code hours} and
 * {@code holidays}; otherwise at least one interval is required. {@code team} makes it that team's calendar (one
 * per team); {@code isDefault} makes it the calendar of tickets whose team has none.
 */
public record BusinessCalendarDraft(String name, @Nullable TeamId team, ZoneId timeZone, boolean alwaysOpen,
		List<OpeningHours> hours, List<Holiday> holidays, boolean isDefault) {

	public BusinessCalendarDraft {
		hours = List.copyOf(hours);
		holidays = List.copyOf(holidays);
	}
}
