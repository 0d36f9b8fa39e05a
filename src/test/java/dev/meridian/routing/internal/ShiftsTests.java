package dev.meridian.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import dev.meridian.sla.OpeningHours;
import org.junit.jupiter.api.Test;

class ShiftsTests {

	static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

	static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

	@Test
	void anOvernightShiftRunsPastMidnightIntoTheNextDay() {
		List<OpeningHours> nights = List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(22, 0), LocalTime.of(6, 0)));
		// Monday 2026-11-23 23:30 and Tuesday 05:59 in Lisbon (UTC+0 in winter).
		assertThat(Shifts.onShift(nights, LISBON, Instant.parse("2026-11-23T23:30:00Z"))).isTrue();
		assertThat(Shifts.onShift(nights, LISBON, Instant.parse("2026-11-24T05:59:00Z"))).isTrue();
		assertThat(Shifts.onShift(nights, LISBON, Instant.parse("2026-11-24T06:00:00Z"))).isFalse();
		assertThat(Shifts.onShift(nights, LISBON, Instant.parse("2026-11-23T21:59:00Z"))).isFalse();
		// Sunday night is not a Monday shift.
		assertThat(Shifts.onShift(nights, LISBON, Instant.parse("2026-11-23T03:00:00Z"))).isFalse();
	}

	@Test
	void midnightToMidnightIsTheWholeDay() {
		List<OpeningHours> tuesday = List.of(new OpeningHours(DayOfWeek.TUESDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
		assertThat(Shifts.onShift(tuesday, LISBON, Instant.parse("2026-11-24T00:00:00Z"))).isTrue();
		assertThat(Shifts.onShift(tuesday, LISBON, Instant.parse("2026-11-24T23:59:59Z"))).isTrue();
		assertThat(Shifts.onShift(tuesday, LISBON, Instant.parse("2026-11-25T00:00:00Z"))).isFalse();
	}

	@Test
	void theNextShiftStartsInTheAgentsZoneAcrossTheSpringForwardGap() {
		// Los Angeles moves from 02:00 to 03:00 on Sunday 2026-03-08; a shift that would begin at 02:30 begins at 03:30 PDT.
		List<OpeningHours> early = List.of(new OpeningHours(DayOfWeek.SUNDAY, LocalTime.of(2, 30), LocalTime.of(10, 0)));
		Instant saturdayEvening = Instant.parse("2026-03-08T04:00:00Z");
		assertThat(Shifts.nextStart(early, LOS_ANGELES, saturdayEvening)).contains(Instant.parse("2026-03-08T10:30:00Z"));
	}

	@Test
	void theNextShiftOfSomeoneOnShiftIsNow() {
		Instant mondayNoon = Instant.parse("2026-11-23T12:00:00Z");
		assertThat(Shifts.nextStart(AgentRoutingProfile.DEFAULT_HOURS, LISBON, mondayNoon)).contains(mondayNoon);
	}

	@Test
	void afterFridaysShiftTheNextOneIsMondayMorning() {
		Instant fridayEvening = Instant.parse("2026-11-27T19:00:00Z");
		assertThat(Shifts.nextStart(AgentRoutingProfile.DEFAULT_HOURS, LISBON, fridayEvening))
			.contains(Instant.parse("2026-11-30T09:00:00Z"));
	}

	@Test
	void someoneWithoutHoursNeverStarts() {
		assertThat(Shifts.nextStart(List.of(), LISBON, Instant.parse("2026-11-27T19:00:00Z"))).isEmpty();
	}
}
