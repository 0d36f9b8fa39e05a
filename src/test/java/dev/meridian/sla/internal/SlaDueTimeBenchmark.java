package dev.meridian.sla.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import dev.meridian.sla.SlaMetric;
import dev.meridian.sla.SlaTarget;
import org.openjdk.jmh.annotations.*;

/**
 * JMH benchmark of the SLA due-time computation: business-time arithmetic on realistic calendars and a whole
 * timer's due time after pauses. Not part of the build's tests; run it as docs/performance.md shows.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SlaDueTimeBenchmark {

	private static final int STARTS = 1024;

	private BusinessHours lisbon;
	private BusinessHours shanghai;
	private final Instant[] starts = new Instant[STARTS];
	private int next;

	@Setup
	public void setUp() {
		Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
		lisbon = BusinessHours.of(ZoneId.of("Europe/Lisbon"), weekdays.stream()
			.map(d -> new BusinessHours.Interval(d, LocalTime.of(9, 0), LocalTime.of(18, 0)))
			.toList(), Set.of(LocalDate.parse("2026-04-03"), LocalDate.parse("2026-12-25")));
		List<BusinessHours.Interval> split = new ArrayList<>();
		for (DayOfWeek day : weekdays) {
			split.add(new BusinessHours.Interval(day, LocalTime.of(9, 0), LocalTime.of(12, 0)));
			split.add(new BusinessHours.Interval(day, LocalTime.of(13, 0), LocalTime.of(18, 0)));
		}
		Set<LocalDate> holidays = new java.util.HashSet<>();
		for (int i = 1; i <= 7; i++) {
			holidays.add(LocalDate.of(2026, 10, i));
		}
		shanghai = BusinessHours.of(ZoneId.of("Asia/Shanghai"), split, holidays);
		Random random = new Random(42);
		Instant base = Instant.parse("2026-01-01T00:00:00Z");
		for (int i = 0; i < STARTS; i++) {
			starts[i] = base.plusSeconds(random.nextInt(365 * 24 * 3600));
		}
	}

	private Instant start() {
		next = (next + 1) & (STARTS - 1);
		return starts[next];
	}

	@Benchmark
	public Instant oneBusinessHourLisbon() {
		return lisbon.plus(start(), Duration.ofHours(1));
	}

	@Benchmark
	public Instant fiveBusinessDaysShanghaiWithLunchAndHolidays() {
		return shanghai.plus(start(), Duration.ofHours(40));
	}

	@Benchmark
	public Duration businessTimeOverTwoWeeksShanghai() {
		Instant from = start();
		return shanghai.between(from, from.plus(Duration.ofDays(14)));
	}

	/** What a ticket event costs the SLA: a timer started, paused, resumed and its due time found again. */
	@Benchmark
	public Instant timerWithPauseAndResume() {
		Instant from = start();
		SlaTimer timer = new SlaTimer(1, SlaMetric.RESOLUTION, new SlaTimer.Terms(1L, "Default",
				new SlaTarget(45 * 60, true), 1L, 75), from, true, null, lisbon);
		timer.pause(from.plus(Duration.ofHours(3)), lisbon);
		timer.resume(from.plus(Duration.ofHours(30)), lisbon);
		return timer.dueAt();
	}
}
