package dev.meridian;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Resubmits event publications whose listener has not completed: the node crashed mid-way or the listener
 * threw. It runs on db-scheduler, so one node at a time resubmits in a cluster, and only publications older
 * than {@code meridian.events.resubmit-after} are touched, so a listener still at work on another node is left
 * alone. Repeated failures back off exponentially and stop after {@code max-attempts}; those publications stay
 * in {@code event_publication} for an operator to inspect.
 */
@Configuration
class EventPublicationJobs {

	@Bean
	RecurringTask<Void> eventPublications(IncompleteEventPublications incomplete, Resubmission resubmission,
			Clock clock) {
		return Tasks.recurring("event-publications", FixedDelay.ofMinutes(1))
			.execute((instance, context) -> {
				Instant now = clock.instant();
				incomplete.resubmitIncompletePublications(publication -> resubmission.isDue(publication, now));
			});
	}

	/** When an incomplete publication is due for another try. */
	@ConfigurationProperties("meridian.events")
	record Resubmission(@DefaultValue("5m") Duration resubmitAfter, @DefaultValue("12") int maxAttempts) {

		private static final Duration LONGEST_WAIT = Duration.ofHours(6);

		boolean isDue(EventPublication publication, Instant now) {
			int attempts = publication.getCompletionAttempts();
			if (attempts >= maxAttempts) {
				return false;
			}
			Instant lastTry = publication.getLastResubmissionDate() != null
					? publication.getLastResubmissionDate() : publication.getPublicationDate();
			return !now.isBefore(lastTry.plus(waitAfter(attempts)));
		}

		private Duration waitAfter(int attempts) {
			Duration wait = resubmitAfter.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
			return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
		}
	}
}
