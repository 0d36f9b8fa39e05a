package dev.meridian.sla.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arithmetic of a business calendar: when business time runs, how much of it lies between two instants, and
 * which instant is N business minutes after another, exactly, in the calendar's time zone.
 * <p>
 * The rules, chosen so that a business minute is always a real elapsed minute:
 * <ul>
 * <li>An interval whose closing time is not after its opening time runs past midnight into the next day
 * ({@code 22:00–06:00}); {@code 00:00–00:00} is the whole day.</li>
 * <li>A holiday closes the intervals that open on that date; an overnight interval that opened the evening
 * before still runs into the holiday's morning.</li>
 * <li>When clocks go forward and an opening or closing time does not exist that day, it happens at the
 * transition (02:30 on the spring-forward night of New York means 03:00 EDT). When clocks go back and a time
 * occurs twice, the interval opens at the first occurrence and closes at the last, so an overnight shift on that
 * night is an hour longer; on the spring night an hour shorter.</li>
 * <li>Intervals that overlap count once.</li>
 * </ul>
 * Pure Java, no Spring: the rules are tested as plain JUnit.
 */
public final class BusinessHours {

	/** How far ahead to look for open time before deciding a calendar never opens. */
	private static final int HORIZON_DAYS = 366 * 5;

	/** An opening interval on one day of the week. */
	public record Interval(DayOfWeek day, LocalTime opens, LocalTime closes) {

		public boolean overnight() {
			return !closes.isAfter(opens);
		}
	}

	private final ZoneId zone;

	private final boolean alwaysOpen;

	private final Map<DayOfWeek, List<Interval>> week = new EnumMap<>(DayOfWeek.class);

	private final Set<LocalDate> holidays;

	private BusinessHours(ZoneId zone, boolean alwaysOpen, List<Interval> intervals, Set<LocalDate> holidays) {
		this.zone = zone;
		this.alwaysOpen = alwaysOpen;
		this.holidays = Set.copyOf(holidays);
		for (DayOfWeek day : DayOfWeek.values()) {
			week.put(day, intervals.stream()
				.filter(i -> i.day() == day)
				.sorted(Comparator.comparing(Interval::opens))
				.toList());
		}
	}

	/** Open all the time: business time is elapsed time, and holidays do not apply. */
	public static BusinessHours alwaysOpen(ZoneId zone) {
		return new BusinessHours(zone, true, List.of(), Set.of());
	}

	public static BusinessHours of(ZoneId zone, List<Interval> intervals, Set<LocalDate> holidays) {
		if (intervals.isEmpty()) {
			throw new IllegalArgumentException("a calendar that is not always open needs at least one interval");
		}
		return new BusinessHours(zone, false, intervals, holidays);
	}

	public ZoneId zone() {
		return zone;
	}

	/** The instant {@code businessTime} of business time after {@code start}; zero answers {@code start}. */
	public Instant plus(Instant start, Duration businessTime) {
		if (businessTime.isNegative()) {
			throw new IllegalArgumentException("business time must not be negative: " + businessTime);
		}
		if (alwaysOpen || businessTime.isZero()) {
			return start.plus(businessTime);
		}
		Duration remaining = businessTime;
		OpenPeriods periods = new OpenPeriods(start);
		while (true) {
			Period period = periods.next();
			if (!period.end().isAfter(start)) {
				continue;
			}
			Instant from = period.start().isAfter(start) ? period.start() : start;
			Duration available = Duration.between(from, period.end());
			if (remaining.compareTo(available) <= 0) {
				return from.plus(remaining);
			}
			remaining = remaining.minus(available);
		}
	}

	/** The business time in {@code [from, to)}; zero when {@code to} is not after {@code from}. */
	public Duration between(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		if (alwaysOpen) {
			return Duration.between(from, to);
		}
		Duration total = Duration.ZERO;
		OpenPeriods periods = new OpenPeriods(from);
		Period period = periods.next();
		while (period.start().isBefore(to)) {
			Instant start = period.start().isAfter(from) ? period.start() : from;
			Instant end = period.end().isBefore(to) ? period.end() : to;
			if (end.isAfter(start)) {
				total = total.plus(Duration.between(start, end));
			}
			period = periods.next();
		}
		return total;
	}

	public boolean isOpen(Instant at) {
		if (alwaysOpen) {
			return true;
		}
		OpenPeriods periods = new OpenPeriods(at);
		Period period = periods.next();
		while (!period.end().isAfter(at)) {
			period = periods.next();
		}
		return !period.start().isAfter(at);
	}

	private record Period(Instant start, Instant end) {
	}

	/**
	 * The open periods in time order from the day before {@code from} (whose overnight interval may still run),
	 * overlaps merged. Fails once it has looked {@link #HORIZON_DAYS} days ahead without finding one, as a
	 * calendar whose every day is a holiday would make it.
	 */
	private final class OpenPeriods {

		private final LocalDate first;

		private LocalDate day;

		private final List<Period> pending = new ArrayList<>();

		private int index;

		private Instant covered = Instant.MIN;

		OpenPeriods(Instant from) {
			this.first = LocalDate.ofInstant(from, zone).minusDays(1);
			this.day = first;
		}

		Period next() {
			while (true) {
				while (index < pending.size()) {
					Period period = pending.get(index++);
					Instant start = period.start().isBefore(covered) ? covered : period.start();
					if (period.end().isAfter(start)) {
						covered = period.end();
						return new Period(start, period.end());
					}
				}
				if (day.isAfter(first.plusDays(HORIZON_DAYS))) {
					throw new IllegalStateException("the calendar has no open time in the " + HORIZON_DAYS
							+ " days after " + first.plusDays(1));
				}
				pending.clear();
				index = 0;
				if (!holidays.contains(day)) {
					for (Interval interval : week.get(day.getDayOfWeek())) {
						LocalDateTime opens = day.atTime(interval.opens());
						LocalDateTime closes = interval.overnight() ? day.plusDays(1).atTime(interval.closes())
								: day.atTime(interval.closes());
						pending.add(new Period(opening(opens), closing(closes)));
					}
				}
				day = day.plusDays(1);
			}
		}
	}

	private Instant opening(LocalDateTime local) {
		ZoneOffsetTransition transition = zone.getRules().getTransition(local);
		if (transition != null && transition.isGap()) {
			return transition.getInstant();
		}
		return local.atZone(zone).toInstant();
	}

	private Instant closing(LocalDateTime local) {
		ZoneOffsetTransition transition = zone.getRules().getTransition(local);
		if (transition == null) {
			return local.atZone(zone).toInstant();
		}
		return transition.isGap() ? transition.getInstant() : local.atOffset(transition.getOffsetAfter()).toInstant();
	}
}
