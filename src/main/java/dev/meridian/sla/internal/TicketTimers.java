package dev.meridian.sla.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.meridian.sla.SlaMetric;
import dev.meridian.sla.SlaPolicyView;
import dev.meridian.sla.SlaTarget;
import dev.meridian.ticket.MessageId;
import dev.meridian.ticket.MessageKind;
import dev.meridian.ticket.MessageView;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.TicketStatus;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts, pauses, resumes, completes and retargets a ticket's timers as the ticket changes, then pushes the
 * earliest due time back to the ticket. Every method reads the ticket's current state and the timers' and only
 * moves them forward, so a repeated event changes nothing.
 */
@Service
@Transactional
public class TicketTimers {

	private static final Set<String> POLICY_FIELDS = Set.of("priority", "tags", "team");

	private final SlaTimerRepository timers;
	private final SlaConfiguration configuration;
	private final Tickets tickets;

	TicketTimers(SlaTimerRepository timers, SlaConfiguration configuration, Tickets tickets) {
		this.timers = timers;
		this.configuration = configuration;
		this.tickets = tickets;
	}

	public void opened(TicketId id) {
		TicketView ticket = tickets.get(id);
		List<SlaTimer> all = lock(id.value());
		if (all.isEmpty()) {
			startInitial(ticket, all);
		}
		push(ticket, all);
	}

	public void messageReceived(TicketId id, MessageId messageId) {
		TicketView ticket = tickets.get(id);
		Optional<MessageView> message = tickets.message(id, messageId);
		if (message.isEmpty() || message.get().kind() != MessageKind.INBOUND || !ticket.status().isUnsolved()) {
			return;
		}
		List<SlaTimer> all = lock(id.value());
		boolean seen = all.stream().anyMatch(t -> Objects.equals(t.startedByMessage(), messageId.value()));
		boolean waiting = all.stream()
			.anyMatch(t -> t.isOpen() && (t.metric() == SlaMetric.FIRST_REPLY || t.metric() == SlaMetric.NEXT_REPLY));
		boolean firstAnswered = ticket.firstReplyAt() != null
				|| all.stream().anyMatch(t -> t.metric() == SlaMetric.FIRST_REPLY && !t.isOpen());
		if (seen || waiting || !firstAnswered) {
			return;
		}
		SlaConfiguration.Snapshot config = configuration.current();
		Applied applied = applied(ticket, config);
		if (applied != null) {
			start(ticket, SlaMetric.NEXT_REPLY, applied, message.get().createdAt(), messageId.value(), config, all);
		}
		push(ticket, all);
	}

	public void replied(TicketId id, MessageId messageId) {
		TicketView ticket = tickets.get(id);
		Instant at = tickets.message(id, messageId).map(MessageView::createdAt).orElse(ticket.updatedAt());
		SlaConfiguration.Snapshot config = configuration.current();
		List<SlaTimer> all = lock(id.value());
		for (SlaTimer timer : all) {
			if (timer.metric() == SlaMetric.FIRST_REPLY || timer.metric() == SlaMetric.NEXT_REPLY) {
				timer.complete(at, config.hoursOf(timer.calendarId()));
			}
		}
		push(ticket, all);
	}

	public void statusChanged(TicketId id, TicketStatus from, TicketStatus to) {
		TicketView ticket = tickets.get(id);
		Instant at = ticket.updatedAt();
		SlaConfiguration.Snapshot config = configuration.current();
		boolean running = runs(ticket.status());
		List<SlaTimer> all = lock(id.value());
		for (SlaTimer timer : all) {
			BusinessHours h = config.hoursOf(timer.calendarId());
			switch (ticket.status()) {
				case SOLVED -> timer.complete(at, h);
				case CLOSED -> timer.cancel(at);
				case PENDING, ON_HOLD -> timer.pause(at, h);
				case NEW, OPEN -> {
					if (from == TicketStatus.SOLVED && timer.metric() == SlaMetric.RESOLUTION) {
						timer.reopen(at, running, h);
					}
					timer.resume(at, h);
				}
			}
		}
		push(ticket, all);
	}

	/** Priority, tags or team changed: the first matching policy may be another one now. */
	public void updated(TicketId id, Set<String> fields) {
		if (fields.stream().noneMatch(POLICY_FIELDS::contains)) {
			return;
		}
		TicketView ticket = tickets.get(id);
		List<SlaTimer> all = lock(id.value());
		if (all.isEmpty()) {
			startInitial(ticket, all);
			push(ticket, all);
			return;
		}
		SlaConfiguration.Snapshot config = configuration.current();
		Applied applied = applied(ticket, config);
		for (SlaTimer timer : all) {
			if (!timer.isOpen()) {
				continue;
			}
			SlaTarget target = applied == null ? null : applied.policy().target(timer.metric());
			if (applied == null || target == null) {
				timer.cancel(ticket.updatedAt());
				continue;
			}
			SlaTimer.Terms terms = applied.terms(target);
			timer.retarget(terms, config.hoursOf(terms.calendarId()));
		}
		push(ticket, all);
	}

	/** A calendar's hours changed: due times counted in it move. */
	public void recalculate(long calendarId) {
		SlaConfiguration.Snapshot config = configuration.current();
		for (Long ticketId : timers.openTicketsOnCalendar(calendarId)) {
			List<SlaTimer> all = lock(ticketId);
			for (SlaTimer timer : all) {
				timer.refresh(config.hoursOf(timer.calendarId()));
			}
			push(tickets.get(new TicketId(ticketId)), all);
		}
	}

	/**
	 * Locks the ticket's timers after writing the ticket's pending change, so that every transaction takes the
	 * ticket's row before its timers: two requests on one ticket then meet on the ticket's version (409), never in
	 * a deadlock.
	 */
	private List<SlaTimer> lock(long ticketId) {
		timers.flush();
		return new ArrayList<>(timers.lockByTicket(ticketId));
	}

	private void startInitial(TicketView ticket, List<SlaTimer> all) {
		if (!ticket.status().isUnsolved()) {
			return;
		}
		SlaConfiguration.Snapshot config = configuration.current();
		Applied applied = applied(ticket, config);
		if (applied == null) {
			return;
		}
		if (ticket.firstReplyAt() == null) {
			start(ticket, SlaMetric.FIRST_REPLY, applied, ticket.createdAt(), null, config, all);
		}
		start(ticket, SlaMetric.RESOLUTION, applied, ticket.createdAt(), null, config, all);
	}

	/** Starts the metric's timer, if the policy has a target for it, and adds it to the ticket's {@code timers}. */
	private void start(TicketView ticket, SlaMetric metric, Applied applied, Instant at, @Nullable Long message,
			SlaConfiguration.Snapshot config, List<SlaTimer> all) {
		SlaTarget target = applied.policy().target(metric);
		if (target == null) {
			return;
		}
		SlaTimer.Terms terms = applied.terms(target);
		all.add(timers.save(new SlaTimer(ticket.id().value(), metric, terms, at, runs(ticket.status()), message,
				config.hoursOf(terms.calendarId()))));
	}

	/**
	 * Pushes the earliest due time of the running timers to the ticket, for the inbox's due order. {@code all} are
	 * the ticket's timers as this transaction locked and changed them, so they need not be read again.
	 */
	private void push(TicketView ticket, List<SlaTimer> all) {
		Instant next = all.stream()
			.filter(t -> t.state() == SlaTimer.State.RUNNING && t.dueAt() != null)
			.map(SlaTimer::dueAt)
			.min(Comparator.naturalOrder())
			.orElse(null);
		if (!Objects.equals(next, ticket.nextDueAt())) {
			tickets.setNextDueAt(ticket.id(), next);
		}
	}

	private static @Nullable Applied applied(TicketView ticket, SlaConfiguration.Snapshot config) {
		return config.policyFor(ticket)
			.map(policy -> new Applied(policy,
					config.calendarFor(policy.calendar() == null ? null : policy.calendar().value(), ticket.team())))
			.orElse(null);
	}

	private static boolean runs(TicketStatus status) {
		return status == TicketStatus.NEW || status == TicketStatus.OPEN;
	}

	private record Applied(SlaPolicyView policy, @Nullable Long calendarId) {

		SlaTimer.Terms terms(SlaTarget target) {
			return new SlaTimer.Terms(policy.id().value(), policy.name(), target,
					target.businessHours() ? calendarId : null, policy.warnPercent());
		}
	}
}
