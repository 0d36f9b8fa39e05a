package dev.meridian.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.meridian.shared.AuditableChange;
import dev.meridian.sla.internal.SlaConfiguration;
import dev.meridian.sla.internal.SlaSettings;
import dev.meridian.sla.internal.SlaTimer;
import dev.meridian.sla.internal.SlaTimerRepository;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.Tickets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A ticket's service levels as measured so far, and the scheduler's pass that raises warnings and breaches as
 * their time comes.
 */
@Service
public class SlaClock {

	private static final Logger log = LoggerFactory.getLogger(SlaClock.class);

	private static final Duration RETRY = Duration.ofHours(1);

	private final SlaTimerRepository timers;
	private final SlaConfiguration configuration;
	private final Tickets tickets;
	private final SlaSettings settings;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final TransactionTemplate readOnly;
	private final Clock clock;

	SlaClock(SlaTimerRepository timers, SlaConfiguration configuration, Tickets tickets, SlaSettings settings,
			ApplicationEventPublisher events, PlatformTransactionManager transactionManager, Clock clock) {
		this.timers = timers;
		this.configuration = configuration;
		this.tickets = tickets;
		this.settings = settings;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
		this.clock = clock;
	}

	/** Every target measured on the ticket, oldest first; fails with 404 for an unknown ticket. */
	public TicketSla of(TicketId id) {
		return readOnly.execute(status -> {
			var ticket = tickets.get(id);
			Instant now = clock.instant();
			SlaConfiguration.Snapshot config = configuration.current();
			List<SlaTimerView> views = timers.findByTicket(id.value()).stream()
				.map(t -> t.view(config.hoursOf(t.calendarId()), now))
				.toList();
			return new TicketSla(id, ticket.nextDueAt(), views);
		});
	}

	public int raiseDueAlerts() {
		return raiseDueAlerts(clock.instant());
	}

	/**
	 * Raises {@link SlaWarning} and {@link SlaBreached} for every running target whose warning share or due time
	 * has come by {@code now}, one timer per transaction; answers how many alerts it raised.
	 */
	public int raiseDueAlerts(Instant now) {
		int raised = 0;
		while (true) {
			List<Long> due = timers.dueForAlert(now, Limit.of(settings.alertBatch()));
			for (Long id : due) {
				try {
					Integer alerts = transactions.execute(status -> alert(id, now));
					raised += alerts == null ? 0 : alerts;
				}
				catch (RuntimeException e) {
					// One timer that cannot be computed (a calendar that never opens) must not stop every other alert.
					log.warn("SLA alert for timer {} failed; retrying in an hour: {}", id, e.toString());
					transactions.executeWithoutResult(status -> timers.postponeAlert(id, now.plus(RETRY)));
				}
			}
			if (due.size() < settings.alertBatch()) {
				return raised;
			}
		}
	}

	private int alert(long id, Instant now) {
		SlaTimer timer = timers.lockById(id).orElse(null);
		if (timer == null) {
			return 0;
		}
		// A pass that starts late finds the breach before the warning; the breach alone is raised then.
		SlaTimer.Alert alert = timer.alert(now, configuration.current().hoursOf(timer.calendarId()));
		TicketId ticket = new TicketId(timer.ticketId());
		switch (alert) {
			case NONE -> {
				return 0;
			}
			case WARNING -> events.publishEvent(new SlaWarning(ticket, timer.metric(), timer.policyName(), timer.dueAt()));
			case BREACH -> {
				events.publishEvent(new SlaBreached(ticket, timer.metric(), timer.policyName(), timer.dueAt()));
				events.publishEvent(new AuditableChange("ticket", ticket.toString(), "sla_breached",
						Map.of("target", timer.metric().key(), "policy", timer.policyName(), "dueAt",
								String.valueOf(timer.dueAt()))));
			}
		}
		return 1;
	}
}
