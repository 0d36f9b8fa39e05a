package dev.meridian.quality.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.meridian.quality.SamplingPlans;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sampling on db-scheduler, once across the cluster: every night the enabled plans sample the week before. A week
 * sampled already yields nothing new, so the seven runs over one week assign it once.
 */
@Configuration
class QualityJobs {

	@Bean
	RecurringTask<Void> qualitySampling(SamplingPlans plans, Clock clock) {
		return Tasks.recurring("quality-sampling", Schedules.daily(ZoneOffset.UTC, LocalTime.of(3, 0)))
			.execute((instance, context) -> plans.runAll(LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusWeeks(1)));
	}
}
