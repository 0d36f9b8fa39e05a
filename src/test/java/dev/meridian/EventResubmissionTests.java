package dev.meridian;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.EventPublicationJobs.Resubmission;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;

/** When an incomplete event publication gets another try: after a grace period, then backing off. */
class EventResubmissionTests {

	private static final Instant PUBLISHED = Instant.parse("2026-11-24T08:00:00Z");

	private final Resubmission resubmission = new Resubmission(Duration.ofMinutes(5), 4);

	@Test
	void leavesFreshPublicationToTheListenerStillAtWork() {
		assertThat(resubmission.isDue(publication(0, null), PUBLISHED.plusSeconds(299))).isFalse();
		assertThat(resubmission.isDue(publication(0, null), PUBLISHED.plusSeconds(300))).isTrue();
	}

	@Test
	void doublesTheWaitAfterEachFailedAttempt() {
		Instant lastTry = PUBLISHED.plus(Duration.ofMinutes(5));
		assertThat(resubmission.isDue(publication(2, lastTry), lastTry.plus(Duration.ofMinutes(9)))).isFalse();
		assertThat(resubmission.isDue(publication(2, lastTry), lastTry.plus(Duration.ofMinutes(10)))).isTrue();
		assertThat(resubmission.isDue(publication(3, lastTry), lastTry.plus(Duration.ofMinutes(19)))).isFalse();
		assertThat(resubmission.isDue(publication(3, lastTry), lastTry.plus(Duration.ofMinutes(20)))).isTrue();
	}

	@Test
	void waitsAtMostSixHoursBetweenTries() {
		Resubmission patient = new Resubmission(Duration.ofHours(1), 100);
		assertThat(patient.isDue(publication(40, PUBLISHED), PUBLISHED.plus(Duration.ofHours(6)))).isTrue();
	}

	@Test
	void givesUpAfterTheLastAttempt() {
		assertThat(resubmission.isDue(publication(4, PUBLISHED), PUBLISHED.plus(Duration.ofDays(30)))).isFalse();
	}

	private static EventPublication publication(int attempts, @Nullable Instant lastResubmission) {
		return new EventPublication() {

			@Override
			public UUID getIdentifier() {
				return UUID.randomUUID();
			}

			@Override
			public Object getEvent() {
				return "event";
			}

			@Override
			public Instant getPublicationDate() {
				return PUBLISHED;
			}

			@Override
			public Optional<Instant> getCompletionDate() {
				return Optional.empty();
			}

			@Override
			public Status getStatus() {
				return Status.FAILED;
			}

			@Override
			public @Nullable Instant getLastResubmissionDate() {
				return lastResubmission;
			}

			@Override
			public int getCompletionAttempts() {
				return attempts;
			}
		};
	}
}
