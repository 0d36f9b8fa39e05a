package dev.meridian.routing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import dev.meridian.sla.OpeningHours;

/**
 * Working-hours arithmetic in the agent's own zone. An interval whose end is not after its start runs past
 * midnight into the next day ({@code 22:00–06:00}); {@code 00:00–00:00} is the whole day. A start that falls into
 * a daylight-saving gap begins when the clocks have moved on.
 */
public final class Shifts {

	private Shifts() {
	}

	public static boolean onShift(List<OpeningHours> hours, ZoneId zone, Instant at) {
		ZonedDateTime local = at.atZone(zone);
		LocalDate today = local.toLocalDate();
		LocalTime time = local.toLocalTime();
		for (OpeningHours h : hours) {
			boolean overnight = !h.closes().isAfter(h.opens());
			if (h.day() == today.getDayOfWeek()) {
				if (overnight ? !time.isBefore(h.opens()) : !time.isBefore(h.opens()) && time.isBefore(h.closes())) {
					return true;
				}
			}
			if (overnight && h.day() == today.minusDays(1).getDayOfWeek() && time.isBefore(h.closes())) {
				return true;
			}
		}
		return false;
	}

	/** When the agent's next shift starts: {@code at} itself while on shift, empty when they have no hours. */
	public static Optional<Instant> nextStart(List<OpeningHours> hours, ZoneId zone, Instant at) {
		if (hours.isEmpty()) {
			return Optional.empty();
		}
		if (onShift(hours, zone, at)) {
			return Optional.of(at);
		}
		LocalDate today = at.atZone(zone).toLocalDate();
		Instant best = null;
		for (int d = 0; d <= 7; d++) {
			LocalDate date = today.plusDays(d);
			for (OpeningHours h : hours) {
				if (h.day() != date.getDayOfWeek()) {
					continue;
				}
				Instant start = ZonedDateTime.of(date, h.opens(), zone).toInstant();
				if (start.isAfter(at) && (best == null || start.isBefore(best))) {
					best = start;
				}
			}
			if (best != null) {
				return Optional.of(best);
			}
		}
		return Optional.ofNullable(best);
	}
}
