package dev.meridian.automation.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Automation's background work on db-scheduler: one node at a time checks the time triggers, and one node at a time
 * sends the webhook deliveries that are due (so none is sent twice by two nodes). Even if two passes
 * overlap (a node that lost its claim still finishing), each due action runs once: the engine claims every
 * (trigger, ticket) pair in the database before it acts.
 */
@Configuration
class AutomationJobs {

	static final String TIME_RULES = "automation-time-rules";

	@Bean
	RecurringTask<Void> webhookDeliveries(WebhookDispatcher dispatcher, AutomationSettings settings) {
		return Tasks.recurring("webhook-deliveries", FixedDelay.of(settings.webhookInterval()))
			.execute((instance, context) -> dispatcher.deliverDue());
	}

	@Bean
	RecurringTask<Void> automationTimeRules(TriggerEngine engine, AutomationSettings settings) {
		return Tasks.recurring(TIME_RULES, FixedDelay.of(settings.timeRuleInterval()))
			.execute((instance, context) -> engine.runTimeRules());
	}
}
