package dev.meridian.sla.internal;

import static java.time.DayOfWeek.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import dev.meridian.sla.internal.BusinessHours.Interval;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BusinessHoursTests {

	private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
	private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(MONDAY, FRIDAY);

	@Nested
	class OfficeHoursInLisbon {

		private final BusinessHours hours = BusinessHours.of(LISBON, daily(WEEKDAYS, "09:00", "18:00"), Set.of());

		@Test
		void aFridayEveningStartFallsDueOnMondayMorning() {
			Instant friday = at(LISBON, "2026-03-06T17:30");
			assertThat(hours.plus(friday, Duration.ofMinutes(60))).isEqualTo(at(LISBON, "2026-03-09T09:30"));
		}

		@Test
		void aStartOutsideHoursCountsFromTheNextOpening() {
			assertThat(hours.plus(at(LISBON, "2026-03-09T07:00"), Duration.ofMinutes(1)))
				.isEqualTo(at(LISBON, "2026-03-09T09:01"));
			assertThat(hours.plus(at(LISBON, "2026-03-07T12:00"), Duration.ofHours(1)))
				.isEqualTo(at(LISBON, "2026-03-09T10:00"));
		}

		@Test
		void aTargetThatEndsExactlyAtClosingIsDueAtClosing() {
			assertThat(hours.plus(at(LISBON, "2026-03-06T17:00"), Duration.ofHours(1)))
				.isEqualTo(at(LISBON, "2026-03-06T18:00"));
		}

		@Test
		void theWeekendOfTheSpringChangeCostsNoBusinessTime() {
			Instant friday = at(LISBON, "2026-03-27T17:00");
			Instant due = hours.plus(friday, Duration.ofHours(2));
			assertThat(due).isEqualTo(at(LISBON, "2026-03-30T10:00")).isEqualTo(Instant.parse("2026-03-30T09:00:00Z"));
			assertThat(hours.between(friday, due)).isEqualTo(Duration.ofHours(2));
			assertThat(Duration.between(friday, due)).isEqualTo(Duration.ofHours(64));
		}

		@Test
		void theWeekendOfTheAutumnChangeCostsNoBusinessTime() {
			Instant friday = at(LISBON, "2026-10-23T17:00");
			assertThat(hours.plus(friday, Duration.ofHours(2))).isEqualTo(Instant.parse("2026-10-26T10:00:00Z"));
			assertThat(hours.between(friday, Instant.parse("2026-10-26T10:00:00Z"))).isEqualTo(Duration.ofHours(2));
		}

		@Test
		void countsOnlyOpenTimeBetweenTwoInstants() {
			assertThat(hours.between(at(LISBON, "2026-03-06T17:00"), at(LISBON, "2026-03-10T10:00")))
				.isEqualTo(Duration.ofHours(1 + 9 + 1));
			assertThat(hours.between(at(LISBON, "2026-03-10T10:00"), at(LISBON, "2026-03-06T17:00")))
				.isZero();
		}

		@Test
		void knowsWhenItIsOpen() {
			assertThat(hours.isOpen(at(LISBON, "2026-03-06T09:00"))).isTrue();
			assertThat(hours.isOpen(at(LISBON, "2026-03-06T18:00"))).isFalse();
			assertThat(hours.isOpen(at(LISBON, "2026-03-07T12:00"))).isFalse();
		}
	}

	@Nested
	class OvernightIntervals {

		@Test
		void anOvernightShiftOnTheSpringNightInLisbonIsAnHourShorter() {
			BusinessHours hours = BusinessHours.of(LISBON, List.of(interval(SATURDAY, "22:00", "06:00")), Set.of());
			assertThat(hours.between(at(LISBON, "2026-03-28T20:00"), at(LISBON, "2026-03-29T12:00")))
				.isEqualTo(Duration.ofHours(7));
			assertThat(hours.between(at(LISBON, "2026-03-21T20:00"), at(LISBON, "2026-03-22T12:00")))
				.isEqualTo(Duration.ofHours(8));
		}

		@Test
		void anOvernightShiftOnTheAutumnNightInLisbonIsAnHourLonger() {
			BusinessHours hours = BusinessHours.of(LISBON, List.of(interval(SATURDAY, "22:00", "06:00")), Set.of());
			Instant opens = Instant.parse("2026-10-24T21:00:00Z");
			assertThat(hours.between(opens.minusSeconds(3600), opens.plus(Duration.ofHours(12))))
				.isEqualTo(Duration.ofHours(9));
			assertThat(hours.plus(opens, Duration.ofHours(9))).isEqualTo(Instant.parse("2026-10-25T06:00:00Z"));
		}

		@Test
		void anOvernightShiftAcrossTheSpringChangeInLosAngelesEndsAtFourDaylightTime() {
			BusinessHours hours = BusinessHours.of(LOS_ANGELES, List.of(interval(SATURDAY, "20:00", "04:00")), Set.of());
			Instant late = at(LOS_ANGELES, "2026-03-07T23:00");
			assertThat(late).isEqualTo(Instant.parse("2026-03-08T07:00:00Z"));
			assertThat(hours.plus(late, Duration.ofHours(4))).isEqualTo(Instant.parse("2026-03-08T11:00:00Z"));
			assertThat(hours.plus(late, Duration.ofHours(5))).isEqualTo(at(LOS_ANGELES, "2026-03-14T21:00"));
			assertThat(hours.between(at(LOS_ANGELES, "2026-03-07T12:00"), at(LOS_ANGELES, "2026-03-08T12:00")))
				.isEqualTo(Duration.ofHours(7));
		}

		@Test
		void anOvernightShiftAcrossTheAutumnChangeInLosAngelesRunsNineHours() {
			BusinessHours hours = BusinessHours.of(LOS_ANGELES, List.of(interval(SATURDAY, "20:00", "04:00")), Set.of());
			assertThat(hours.between(at(LOS_ANGELES, "2026-10-31T12:00"), at(LOS_ANGELES, "2026-11-01T12:00")))
				.isEqualTo(Duration.ofHours(9));
		}

		@Test
		void anIntervalClosingAtMidnightCarriesTheRestToTheNextEvening() {
			BusinessHours hours = BusinessHours.of(NEW_YORK, daily(EnumSet.allOf(DayOfWeek.class), "20:00", "00:00"),
					Set.of());
			assertThat(hours.plus(at(NEW_YORK, "2026-03-10T23:30"), Duration.ofHours(1)))
				.isEqualTo(at(NEW_YORK, "2026-03-11T20:30"));
			assertThat(hours.between(at(NEW_YORK, "2026-03-10T21:00"), at(NEW_YORK, "2026-03-11T21:00")))
				.isEqualTo(Duration.ofHours(4));
		}

		@Test
		void overlappingIntervalsCountOnce() {
			BusinessHours hours = BusinessHours.of(LISBON,
					List.of(interval(FRIDAY, "22:00", "06:00"), interval(SATURDAY, "05:00", "07:00")), Set.of());
			assertThat(hours.between(at(LISBON, "2026-03-06T00:00"), at(LISBON, "2026-03-08T00:00")))
				.isEqualTo(Duration.ofHours(9));
		}
	}

	@Nested
	class DaylightSavingInNewYork {

		@Test
		void aWholeDayIsTwentyThreeHoursOnTheSpringSundayAndTwentyFiveOnTheAutumnSunday() {
			BusinessHours hours = BusinessHours.of(NEW_YORK, daily(EnumSet.allOf(DayOfWeek.class), "00:00", "00:00"),
					Set.of());
			assertThat(hours.between(at(NEW_YORK, "2026-03-08T00:00"), at(NEW_YORK, "2026-03-09T00:00")))
				.isEqualTo(Duration.ofHours(23));
			assertThat(hours.between(at(NEW_YORK, "2026-11-01T00:00"), at(NEW_YORK, "2026-11-02T00:00")))
				.isEqualTo(Duration.ofHours(25));
			assertThat(hours.plus(at(NEW_YORK, "2026-03-07T12:00"), Duration.ofHours(24)))
				.isEqualTo(at(NEW_YORK, "2026-03-08T13:00"));
		}

		@Test
		void anOpeningTimeThatDoesNotExistOpensAtTheChange() {
			BusinessHours hours = BusinessHours.of(NEW_YORK, List.of(interval(SUNDAY, "02:30", "04:00")), Set.of());
			assertThat(hours.between(at(NEW_YORK, "2026-03-08T00:00"), at(NEW_YORK, "2026-03-08T12:00")))
				.isEqualTo(Duration.ofHours(1));
			assertThat(hours.between(at(NEW_YORK, "2026-03-15T00:00"), at(NEW_YORK, "2026-03-15T12:00")))
				.isEqualTo(Duration.ofMinutes(90));
		}

		@Test
		void aRepeatedClosingTimeClosesAtItsLastOccurrence() {
			BusinessHours hours = BusinessHours.of(NEW_YORK, List.of(interval(SUNDAY, "01:00", "01:30")), Set.of());
			assertThat(hours.between(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-01T12:00:00Z")))
				.isEqualTo(Duration.ofMinutes(90));
			assertThat(hours.plus(Instant.parse("2026-11-01T00:00:00Z"), Duration.ofMinutes(90)))
				.isEqualTo(Instant.parse("2026-11-01T06:30:00Z"));
		}

		@Test
		void officeHoursOverTheSpringWeekend() {
			BusinessHours hours = BusinessHours.of(NEW_YORK, daily(WEEKDAYS, "09:00", "17:00"), Set.of());
			Instant friday = at(NEW_YORK, "2026-03-06T16:00");
			assertThat(hours.plus(friday, Duration.ofHours(3))).isEqualTo(Instant.parse("2026-03-09T15:00:00Z"));
		}
	}

	@Nested
	class ShanghaiWithALunchBreakAndHolidays {

		private final BusinessHours hours = BusinessHours.of(SHANGHAI, concat(daily(WEEKDAYS, "09:00", "12:00"),
				daily(WEEKDAYS, "13:00", "18:00")), Set.of(LocalDate.parse("2026-05-01")));

		@Test
		void theLunchBreakDoesNotCount() {
			assertThat(hours.plus(at(SHANGHAI, "2026-03-09T11:30"), Duration.ofHours(2)))
				.isEqualTo(Instant.parse("2026-03-09T06:30:00Z"));
		}

		@Test
		void aHolidayIsSkipped() {
			assertThat(hours.plus(at(SHANGHAI, "2026-04-30T17:00"), Duration.ofHours(2)))
				.isEqualTo(at(SHANGHAI, "2026-05-04T10:00"));
			assertThat(hours.between(at(SHANGHAI, "2026-05-01T00:00"), at(SHANGHAI, "2026-05-02T00:00"))).isZero();
		}
	}

	@Nested
	class Holidays {

		@Test
		void aHolidayKeepsTheNightShiftThatStartedTheEveningBefore() {
			BusinessHours hours = BusinessHours.of(LISBON,
					List.of(interval(FRIDAY, "22:00", "06:00"), interval(SATURDAY, "22:00", "06:00")),
					Set.of(LocalDate.parse("2026-03-07")));
			assertThat(hours.between(at(LISBON, "2026-03-06T12:00"), at(LISBON, "2026-03-08T12:00")))
				.isEqualTo(Duration.ofHours(8));
		}

		@Test
		void aCalendarThatNeverOpensFailsInsteadOfLoopingForever() {
			Set<LocalDate> everyDay = new java.util.HashSet<>();
			LocalDate day = LocalDate.parse("2026-01-01");
			for (int i = 0; i < 366 * 6; i++) {
				everyDay.add(day.plusDays(i));
			}
			BusinessHours hours = BusinessHours.of(LISBON, daily(WEEKDAYS, "09:00", "18:00"), everyDay);
			assertThatThrownBy(() -> hours.plus(at(LISBON, "2026-03-06T12:00"), Duration.ofMinutes(1)))
				.isInstanceOf(IllegalStateException.class);
		}

		@Test
		void alwaysOpenIgnoresHolidaysAndCountsElapsedTime() {
			BusinessHours hours = BusinessHours.alwaysOpen(LISBON);
			Instant start = at(LISBON, "2026-03-28T12:00");
			assertThat(hours.plus(start, Duration.ofHours(24))).isEqualTo(start.plus(Duration.ofHours(24)));
			assertThat(hours.between(start, start.plusSeconds(90))).isEqualTo(Duration.ofSeconds(90));
		}
	}

	/**
	 * Properties over random starts and lengths in DST years: adding business time and measuring it back agree,
	 * due times never move backwards as the target grows, and the due instant is an open instant.
	 */
	@Test
	void addingAndMeasuringAgreeOverRandomStartsAndLengths() {
		List<BusinessHours> calendars = List.of(
				BusinessHours.of(LISBON, daily(WEEKDAYS, "09:00", "18:00"), Set.of(LocalDate.parse("2026-04-03"))),
				BusinessHours.of(LOS_ANGELES, concat(daily(WEEKDAYS, "08:00", "12:00"), daily(WEEKDAYS, "13:00", "17:00"),
						List.of(interval(SATURDAY, "20:00", "04:00"), interval(SUNDAY, "01:30", "02:30"))),
						Set.of(LocalDate.parse("2026-11-26"))),
				BusinessHours.of(NEW_YORK, daily(EnumSet.allOf(DayOfWeek.class), "22:00", "06:00"), Set.of()),
				BusinessHours.of(SHANGHAI, daily(WEEKDAYS, "09:00", "18:00"), Set.of(LocalDate.parse("2026-10-01"))));
		Random random = new Random(20260308);
		Instant base = Instant.parse("2026-01-01T00:00:00Z");
		for (BusinessHours hours : calendars) {
			for (int i = 0; i < 400; i++) {
				Instant start = base.plusSeconds(random.nextInt(365 * 24 * 3600));
				Duration target = Duration.ofMinutes(1 + random.nextInt(60 * 40));
				Instant due = hours.plus(start, target);
				assertThat(hours.between(start, due)).as("%s from %s", target, start).isEqualTo(target);
				assertThat(hours.plus(start, target.plusMinutes(1))).isAfter(due);
				assertThat(hours.isOpen(due.minusNanos(1))).isTrue();
				Instant later = start.plusSeconds(random.nextInt(10 * 24 * 3600));
				Duration measured = hours.between(start, later);
				Instant back = hours.plus(start, measured);
				assertThat(back).isBeforeOrEqualTo(later);
				assertThat(hours.between(back, later)).isZero();
			}
		}
	}

	private static Instant at(ZoneId zone, String local) {
		return LocalDateTime.parse(local).atZone(zone).toInstant();
	}

	private static Interval interval(DayOfWeek day, String opens, String closes) {
		return new Interval(day, LocalTime.parse(opens), LocalTime.parse(closes));
	}

	private static List<Interval> daily(Set<DayOfWeek> days, String opens, String closes) {
		return days.stream().map(day -> interval(day, opens, closes)).toList();
	}

	@SafeVarargs
	private static List<Interval> concat(List<Interval>... lists) {
		List<Interval> all = new ArrayList<>();
		for (List<Interval> list : lists) {
			all.addAll(list);
		}
		return all;
	}
}
