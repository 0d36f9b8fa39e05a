package dev.meridian.sla.internal;

import static java.time.DayOfWeek.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import dev.meridian.sla.SlaMetric;
import dev.meridian.sla.SlaTarget;
import dev.meridian.sla.SlaTimerView;
import org.junit.jupiter.api.Test;

class SlaTimerTests {

	private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

	private final BusinessHours office = BusinessHours.of(LISBON, EnumSet.range(MONDAY, FRIDAY).stream()
		.map(day -> new BusinessHours.Interval(day, LocalTime.of(9, 0), LocalTime.of(18, 0)))
		.toList(), Set.of());

	private static final Instant MONDAY_TEN = Instant.parse("2026-03-09T10:00:00Z");

	@Test
	void aRunningTargetFallsDueAfterItsBusinessTime() {
		SlaTimer timer = timer(60, true, true, MONDAY_TEN);
		assertThat(timer.dueAt()).isEqualTo(Instant.parse("2026-03-09T11:00:00Z"));
		assertThat(view(timer, MONDAY_TEN.plusSeconds(600)).warnAt()).isEqualTo(Instant.parse("2026-03-09T10:45:00Z"));
	}

	@Test
	void pendingPausesTheClockAndAnAnswerResumesIt() {
		SlaTimer timer = timer(60, true, true, MONDAY_TEN);
		timer.pause(MONDAY_TEN.plus(Duration.ofMinutes(20)), office);
		assertThat(timer.state()).isEqualTo(SlaTimer.State.PAUSED);
		assertThat(timer.dueAt()).isNull();
		assertThat(timer.counted(office, MONDAY_TEN.plus(Duration.ofHours(5)))).isEqualTo(Duration.ofMinutes(20));

		timer.resume(MONDAY_TEN.plus(Duration.ofHours(1)), office);
		assertThat(timer.dueAt()).isEqualTo(MONDAY_TEN.plus(Duration.ofMinutes(100)));
	}

	@Test
	void aPauseOverTheWeekendResumesWithTheRemainingBusinessTime() {
		Instant fridayFive = Instant.parse("2026-03-06T17:00:00Z");
		SlaTimer timer = timer(120, true, true, fridayFive);
		timer.pause(fridayFive.plus(Duration.ofMinutes(30)), office);
		timer.resume(Instant.parse("2026-03-07T12:00:00Z"), office);
		assertThat(timer.dueAt()).isEqualTo(Instant.parse("2026-03-09T10:30:00Z"));
	}

	@Test
	void aReplyInTimeAchievesTheTargetWithTheTimeLeft() {
		SlaTimer timer = timer(60, true, true, MONDAY_TEN);
		timer.complete(MONDAY_TEN.plus(Duration.ofMinutes(45)), office);
		SlaTimerView view = view(timer, MONDAY_TEN.plus(Duration.ofHours(3)));
		assertThat(view.state()).isEqualTo("done");
		assertThat(view.outcome()).isEqualTo("achieved");
		assertThat(view.margin()).isEqualTo(Duration.ofMinutes(15));
		assertThat(view.breachedAt()).isNull();
	}

	@Test
	void aLateReplyIsBreachedByHowLateItWas() {
		SlaTimer timer = timer(60, true, true, MONDAY_TEN);
		timer.complete(MONDAY_TEN.plus(Duration.ofMinutes(80)), office);
		SlaTimerView view = view(timer, MONDAY_TEN.plus(Duration.ofHours(3)));
		assertThat(view.outcome()).isEqualTo("breached");
		assertThat(view.margin()).isEqualTo(Duration.ofMinutes(-20));
		assertThat(view.breachedAt()).isEqualTo(MONDAY_TEN.plus(Duration.ofHours(1)));
	}

	@Test
	void theSchedulerWarnsAtTheShareAndBreachesAtTheDueTime() {
		SlaTimer timer = timer(60, false, true, MONDAY_TEN);
		assertThat(timer.alert(MONDAY_TEN.plus(Duration.ofMinutes(44)), office)).isEqualTo(SlaTimer.Alert.NONE);
		assertThat(timer.alert(MONDAY_TEN.plus(Duration.ofMinutes(45)), office)).isEqualTo(SlaTimer.Alert.WARNING);
		assertThat(timer.alert(MONDAY_TEN.plus(Duration.ofMinutes(50)), office)).isEqualTo(SlaTimer.Alert.NONE);
		assertThat(timer.alert(MONDAY_TEN.plus(Duration.ofMinutes(61)), office)).isEqualTo(SlaTimer.Alert.BREACH);
		assertThat(timer.alert(MONDAY_TEN.plus(Duration.ofMinutes(90)), office)).isEqualTo(SlaTimer.Alert.NONE);
		assertThat(view(timer, MONDAY_TEN.plus(Duration.ofMinutes(90))).breachedAt())
			.isEqualTo(MONDAY_TEN.plus(Duration.ofHours(1)));
	}

	@Test
	void aPassThatComesLateRaisesTheBreachAlone() {
		SlaTimer timer = timer(60, false, true, MONDAY_TEN);
		assertThat(timer.alert(MONDAY_TEN.plus(Duration.ofHours(2)), office)).isEqualTo(SlaTimer.Alert.BREACH);
		assertThat(timer.alert(MONDAY_TEN.plus(Duration.ofHours(2)), office)).isEqualTo(SlaTimer.Alert.NONE);
	}

	@Test
	void aPausedTargetRaisesNothing() {
		SlaTimer timer = timer(60, false, true, MONDAY_TEN);
		timer.pause(MONDAY_TEN.plus(Duration.ofMinutes(10)), office);
		assertThat(timer.alert(MONDAY_TEN.plus(Duration.ofHours(5)), office)).isEqualTo(SlaTimer.Alert.NONE);
	}

	@Test
	void calendarHoursCountTheWeekendToo() {
		Instant fridayFive = Instant.parse("2026-03-06T17:00:00Z");
		SlaTimer timer = timer(24 * 60, false, true, fridayFive);
		assertThat(timer.dueAt()).isEqualTo(fridayFive.plus(Duration.ofHours(24)));
	}

	@Test
	void aReopenedResolutionGoesOnFromWhereItStopped() {
		SlaTimer timer = new SlaTimer(1, SlaMetric.RESOLUTION, new SlaTimer.Terms(1L, "Default",
				new SlaTarget(120, true), 1L, 75), MONDAY_TEN, true, null, office);
		timer.complete(MONDAY_TEN.plus(Duration.ofMinutes(30)), office);
		timer.reopen(Instant.parse("2026-03-10T09:00:00Z"), true, office);
		assertThat(timer.dueAt()).isEqualTo(Instant.parse("2026-03-10T10:30:00Z"));
	}

	@Test
	void anotherPolicyKeepsTheTimeCountedAndMovesTheDueTime() {
		SlaTimer timer = timer(8 * 60, true, true, MONDAY_TEN);
		timer.retarget(new SlaTimer.Terms(2L, "Amazon", new SlaTarget(24 * 60, false), null, 75), office);
		assertThat(timer.dueAt()).isEqualTo(MONDAY_TEN.plus(Duration.ofHours(24)));
	}

	private SlaTimer timer(int minutes, boolean business, boolean running, Instant start) {
		return new SlaTimer(1, SlaMetric.FIRST_REPLY, new SlaTimer.Terms(1L, "Test", new SlaTarget(minutes, business),
				1L, 75), start, running, null, office);
	}

	private SlaTimerView view(SlaTimer timer, Instant now) {
		return timer.view(office, now);
	}

}
