package dev.meridian.sla.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.meridian.sla.SlaClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SLA's background work on db-scheduler: one pass at a time across the cluster raises the warnings and
 * breaches that have come due. A pass reads an indexed column ({@code next_alert_at}), so it costs the same with
 * ten or ten million finished timers.
 */
@Configuration
class SlaJobs {

	@Bean
	RecurringTask<Void> slaAlerts(SlaClock clock, SlaSettings settings) {
		return Tasks.recurring("sla-alerts", FixedDelay.of(settings.alertInterval()))
			.execute((instance, context) -> clock.raiseDueAlerts());
	}
}
