package dev.meridian.quality;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.meridian.identity.AgentId;
import dev.meridian.quality.internal.BusinessTime;
import dev.meridian.quality.internal.Conversation;
import dev.meridian.quality.internal.Finding;
import dev.meridian.quality.internal.InspectionEntity;
import dev.meridian.quality.internal.InspectionRepository;
import dev.meridian.quality.internal.RuleEngine;
import dev.meridian.quality.internal.Scoring;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.PageRequest;
import dev.meridian.shared.Slice;
import dev.meridian.sla.BusinessCalendarView;
import dev.meridian.sla.BusinessCalendars;
import dev.meridian.ticket.AuthorType;
import dev.meridian.ticket.MessageKind;
import dev.meridian.ticket.MessageView;
import dev.meridian.ticket.TicketFilter;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.TicketSort;
import dev.meridian.ticket.TicketStatus;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Automatic inspection: runs the enabled rules over a solved conversation, scores it with the scorecard that
 * applies, and keeps each hit's evidence. Runs when a ticket is solved, when the same customer comes back within
 * the repeat-contact window, and on demand over a time range.
 */
@Service
@Transactional
public class Inspections {

	/** A run on demand inspects at most this many conversations; the answer says where to continue. */
	static final int MAX_PER_RUN = 5_000;

	private static final Set<TicketStatus> DONE = Set.of(TicketStatus.SOLVED, TicketStatus.CLOSED);

	private final InspectionRepository inspections;
	private final InspectionRules rules;
	private final Scorecards scorecards;
	private final Tickets tickets;
	private final BusinessCalendars calendars;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate eachInItsOwn;
	private final Clock clock;

	Inspections(InspectionRepository inspections, InspectionRules rules, Scorecards scorecards, Tickets tickets,
			BusinessCalendars calendars, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock) {
		this.inspections = inspections;
		this.rules = rules;
		this.scorecards = scorecards;
		this.tickets = tickets;
		this.calendars = calendars;
		this.events = events;
		this.eachInItsOwn = new TransactionTemplate(transactions);
		this.eachInItsOwn.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Inspects a solved or closed ticket; a ticket still in work is left alone (empty). */
	public Optional<InspectionView> inspect(TicketId id, InspectionTrigger trigger) {
		return inspect(id, trigger, RuleEngine.of(rules.all()));
	}

	private Optional<InspectionView> inspect(TicketId id, InspectionTrigger trigger, RuleEngine engine) {
		TicketView ticket = tickets.get(id);
		if (!DONE.contains(ticket.status()) || ticket.mergedInto() != null) {
			return Optional.empty();
		}
		List<MessageView> messages = tickets.conversation(id);
		Conversation conversation = conversation(ticket, messages);
		List<Finding> findings = engine.inspect(conversation, businessTime(ticket));
		Optional<ScorecardVersionView> scorecard = scorecards.applicable(ticket.brand(), ticket.channel());
		Scoring.Result result = scorecard.map(v -> Scoring.ofFindings(v, findings)).orElse(null);
		InspectionEntity inspection = inspections.findByTicketId(id.value())
			.orElseGet(() -> new InspectionEntity(id.value()));
		inspection.record(agentOf(ticket, messages), ticket.brand(), ticket.channel(),
				scorecard.map(ScorecardVersionView::id).orElse(null), result, findings, ticket.solvedAt(),
				clock.instant(), trigger);
		inspections.saveAndFlush(inspection);
		InspectionView view = inspection.view();
		events.publishEvent(new ConversationInspected(view.id(), view.ticket(), view.agent(), view.failed()));
		return Optional.of(view);
	}

	/**
	 * Inspects every conversation solved in {@code [from, to)}, each in its own transaction, at most
	 * {@value #MAX_PER_RUN} per call.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public InspectionRun run(Instant from, Instant to) {
		if (!from.isBefore(to)) {
			throw DomainException.malformed("inspection.invalid_range", "from must be before to");
		}
		RuleEngine engine = RuleEngine.of(rules.all());
		List<TicketView> due = new ArrayList<>();
		TicketFilter filter = TicketFilter.all().withStatuses(DONE);
		String cursor = null;
		// updatedAt is never before solvedAt, so once a page reaches tickets last updated before from, none is left.
		outer: do {
			Slice<TicketView> page = tickets.list(filter, TicketSort.UPDATED, new PageRequest(PageRequest.MAX_LIMIT, cursor));
			for (TicketView ticket : page.items()) {
				if (ticket.updatedAt().isBefore(from)) {
					break outer;
				}
				if (ticket.solvedAt() != null && !ticket.solvedAt().isBefore(from) && ticket.solvedAt().isBefore(to)) {
					due.add(ticket);
				}
			}
			cursor = page.nextCursor();
		}
		while (cursor != null);
		due.sort((a, b) -> a.solvedAt().compareTo(b.solvedAt()));
		int count = 0;
		for (TicketView ticket : due) {
			if (count == MAX_PER_RUN) {
				return new InspectionRun(from, to, count, ticket.solvedAt());
			}
			eachInItsOwn.executeWithoutResult(s -> inspect(ticket.id(), InspectionTrigger.ON_DEMAND, engine));
			count++;
		}
		return new InspectionRun(from, to, count, null);
	}

	/**
	 * A customer opened a ticket: their tickets solved within the repeat-contact window before it are inspected
	 * again, so the repeat contact counts against the conversation that did not settle the matter.
	 */
	public void customerReturned(TicketId opened) {
		Duration window = repeatWindow();
		if (window.isZero()) {
			return;
		}
		TicketView ticket = tickets.get(opened);
		Slice<TicketView> earlier = tickets.list(TicketFilter.all().withCustomer(ticket.customer()).withStatuses(DONE),
				TicketSort.UPDATED, new PageRequest(PageRequest.MAX_LIMIT, null));
		for (TicketView other : earlier.items()) {
			if (!other.id().equals(opened) && other.solvedAt() != null && other.solvedAt().isBefore(ticket.createdAt())
					&& !other.solvedAt().plus(window).isBefore(ticket.createdAt())
					&& inspections.findByTicketId(other.id().value()).isPresent()) {
				inspect(other.id(), InspectionTrigger.REPEAT_CONTACT);
			}
		}
	}

	@Transactional(readOnly = true)
	public Optional<InspectionView> of(TicketId ticket) {
		return inspections.findByTicketId(ticket.value()).map(InspectionEntity::view);
	}

	private Duration repeatWindow() {
		return rules.all().stream()
			.filter(InspectionRuleView::enabled)
			.map(InspectionRuleView::spec)
			.filter(RuleSpec.RepeatContact.class::isInstance)
			.map(s -> Duration.ofDays(((RuleSpec.RepeatContact) s).days()))
			.max(Duration::compareTo)
			.orElse(Duration.ZERO);
	}

	private Conversation conversation(TicketView ticket, List<MessageView> messages) {
		List<Conversation.Line> lines = new ArrayList<>();
		for (MessageView m : messages) {
			if (m.kind() == MessageKind.NOTE || m.authorType() == AuthorType.SYSTEM) {
				continue;
			}
			Party party = m.kind() == MessageKind.INBOUND ? Party.CUSTOMER : Party.AGENT;
			lines.add(new Conversation.Line(m.id().value(), party, m.body(), m.language(), m.createdAt()));
		}
		List<Conversation.LaterContact> later = new ArrayList<>();
		if (ticket.solvedAt() != null) {
			for (TicketView other : tickets.list(TicketFilter.all().withCustomer(ticket.customer()), TicketSort.NEWEST,
					new PageRequest(PageRequest.MAX_LIMIT, null)).items()) {
				if (!other.id().equals(ticket.id()) && other.createdAt().isAfter(ticket.solvedAt())
						&& !ticket.id().equals(other.splitFrom()) && !ticket.id().equals(other.mergedInto())) {
					later.add(new Conversation.LaterContact(other.number(), other.createdAt()));
				}
			}
		}
		return new Conversation(ticket.id().value(), ticket.language(), ticket.solvedAt(), lines, later);
	}

	/** The agent a conversation is judged for: its assignee, else the author of its last reply. */
	private static @Nullable AgentId agentOf(TicketView ticket, List<MessageView> messages) {
		if (ticket.assignee() != null) {
			return ticket.assignee();
		}
		for (int i = messages.size() - 1; i >= 0; i--) {
			MessageView m = messages.get(i);
			if (m.kind() == MessageKind.OUTBOUND && m.authorType() == AuthorType.AGENT && m.authorId() != null) {
				return AgentId.parse(m.authorId());
			}
		}
		return null;
	}

	/** Business time in the calendar of the ticket's team, else the default calendar, else calendar time. */
	private BusinessTime businessTime(TicketView ticket) {
		List<BusinessCalendarView> all = calendars.all();
		Optional<BusinessCalendarView> calendar = all.stream()
			.filter(c -> ticket.team() != null && ticket.team().equals(c.team()))
			.findFirst()
			.or(() -> all.stream().filter(BusinessCalendarView::isDefault).findFirst());
		return calendar.<BusinessTime>map(c -> (from, to) -> calendars.businessTimeBetween(c.id(), from, to))
			.orElse(BusinessTime.CALENDAR);
	}
}
