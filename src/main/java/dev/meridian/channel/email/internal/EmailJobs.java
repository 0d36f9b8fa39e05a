package dev.meridian.channel.email.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.meridian.channel.email.InboundMail;
import dev.meridian.channel.email.internal.outbound.OutboxDispatcher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The email channel's background work, on db-scheduler: each recurring task runs on one node of a cluster at a
 * time, never on every node as a bare {@code @Scheduled} loop would.
 */
@Configuration
class EmailJobs {

	@Bean
	RecurringTask<Void> emailOutbox(OutboxDispatcher dispatcher, EmailSettings settings) {
		return Tasks.recurring("email-outbox", FixedDelay.of(settings.outboxInterval()))
			.execute((instance, context) -> dispatcher.dispatchDue());
	}

	@Bean
	RecurringTask<Void> emailImapPoll(ImapMailboxPoller poller, EmailSettings settings) {
		return Tasks.recurring("email-imap-poll", FixedDelay.of(settings.pollInterval()))
			.execute((instance, context) -> poller.pollAll());
	}

	@Bean
	RecurringTask<Void> emailRawMailRecovery(InboundMail inbound) {
		return Tasks.recurring("email-raw-mail-recovery", FixedDelay.ofMinutes(1))
			.execute((instance, context) -> inbound.retryUnprocessed());
	}
}
