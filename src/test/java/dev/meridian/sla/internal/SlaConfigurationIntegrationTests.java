package dev.meridian.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import dev.meridian.sla.BusinessCalendarDraft;
import dev.meridian.sla.BusinessCalendarView;
import dev.meridian.sla.BusinessCalendars;
import dev.meridian.sla.Holiday;
import dev.meridian.sla.OpeningHours;
import dev.meridian.sla.SlaConditions;
import dev.meridian.sla.SlaPolicies;
import dev.meridian.sla.SlaPolicyDraft;
import dev.meridian.sla.SlaPolicyView;
import dev.meridian.sla.SlaTarget;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link SlaConfiguration} keeps the policies and calendars between calls; every committed change must still show
 * on the next call, whichever node made it.
 */
@SpringBootTest
class SlaConfigurationIntegrationTests {

	/** A Wednesday, noon UTC. */
	private static final Instant WEDNESDAY_NOON = Instant.parse("2031-05-14T12:00:00Z");

	@Autowired
	SlaConfiguration configuration;

	@Autowired
	SlaPolicies policies;

	@Autowired
	BusinessCalendars calendars;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAddedOrChangedPolicyShowsOnTheNextCall() {
		configuration.current();
		SlaPolicyView added = policies.create(draft(60), null);
		assertThat(kept(added).firstReply()).isEqualTo(new SlaTarget(60, false));

		policies.update(added.id(), draft(15), null);

		assertThat(kept(added).firstReply()).isEqualTo(new SlaTarget(15, false));
	}

	@Test
	void aDeletedPolicyIsGoneOnTheNextCall() {
		SlaPolicyView added = policies.create(draft(30), null);
		configuration.current();

		policies.delete(added.id());

		assertThat(configuration.current().policies()).extracting(SlaPolicyView::id).doesNotContain(added.id());
	}

	@Test
	void aHolidayAddedToACalendarShowsInItsHoursOnTheNextCall() {
		BusinessCalendarView calendar = calendars.create(calendar(List.of()));
		assertThat(configuration.current().hoursOf(calendar.id().value()).isOpen(WEDNESDAY_NOON)).isTrue();

		calendars.update(calendar.id(), calendar(List.of(new Holiday(LocalDate.of(2031, 5, 14), "Closed"))));

		assertThat(configuration.current().hoursOf(calendar.id().value()).isOpen(WEDNESDAY_NOON)).isFalse();
	}

	/** What another node writes reaches this node too: only the database says what changed. */
	@Test
	void aChangeCommittedElsewhereShowsOnTheNextCall() {
		SlaPolicyView added = policies.create(draft(60), null);
		assertThat(kept(added).warnPercent()).isNotEqualTo(40);

		jdbc.update("update sla_policy set warn_percent = 40, version = version + 1 where id = ?", added.id().value());

		assertThat(kept(added).warnPercent()).isEqualTo(40);
	}

	@Test
	void aRepeatedCallWithoutChangesGivesTheSameConfiguration() {
		policies.create(draft(45), null);

		assertThat(configuration.current()).isSameAs(configuration.current());
	}

	private SlaPolicyView kept(SlaPolicyView policy) {
		return configuration.current().policies().stream().filter(p -> p.id().equals(policy.id())).findFirst()
			.orElseThrow();
	}

	private static SlaPolicyDraft draft(int firstReplyMinutes) {
		return new SlaPolicyDraft("Kept " + UUID.randomUUID(), true, SlaConditions.any(), null, 75,
				new SlaTarget(firstReplyMinutes, false), null, null);
	}

	private static BusinessCalendarDraft calendar(List<Holiday> holidays) {
		List<OpeningHours> weekdays = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
				DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
			.stream()
			.map(day -> new OpeningHours(day, LocalTime.of(9, 0), LocalTime.of(17, 0)))
			.toList();
		return new BusinessCalendarDraft("Kept " + UUID.randomUUID().toString().substring(0, 8), null, ZoneOffset.UTC,
				false, weekdays, holidays, false);
	}
}
