package dev.meridian.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.meridian.identity.AgentId;
import dev.meridian.identity.TeamId;
import dev.meridian.routing.RoutingDecision.Outcome;
import dev.meridian.routing.internal.*;
import dev.meridian.shared.AuditableChange;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.PageRequest;
import dev.meridian.shared.Slice;
import dev.meridian.ticket.*;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Routing's front door: route a ticket to a team and, for push teams, an agent; hand an agent the most urgent
 * ticket they may take from their teams' queues; escalate a ticket up the tiers. Every assignment goes through
 * {@link Tickets#update}, so the ticket's audit trail shows it.
 */
@Service
@Transactional
public class Routing {

	private static final Logger log = LoggerFactory.getLogger(Routing.class);

	/** How many of a team's most urgent unassigned tickets the pull queue looks at per request. */
	static final int PULL_WINDOW = 100;

	private static final Set<TicketStatus> ACTIVE = Set.of(TicketStatus.NEW, TicketStatus.OPEN);

	private final Tickets tickets;
	private final RoutingDirectory directory;
	private final TicketRoutingRepository states;
	private final TeamRoutingRepository teams;
	private final EscalationRepository escalations;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate claimTransaction;
	private final TransactionTemplate readTransaction;
	private final Clock clock;

	Routing(Tickets tickets, RoutingDirectory directory, TicketRoutingRepository states, TeamRoutingRepository teams,
			EscalationRepository escalations, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock) {
		this.tickets = tickets;
		this.directory = directory;
		this.states = states;
		this.teams = teams;
		this.escalations = escalations;
		this.events = events;
		this.claimTransaction = new TransactionTemplate(transactions);
		this.claimTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.readTransaction = new TransactionTemplate(transactions);
		this.readTransaction.setReadOnly(true);
		this.clock = clock;
	}

	/**
	 * Routes a new or reopened ticket: a team by brand and language and, for a push team, an agent who is on shift,
	 * online and under capacity. A ticket that has an assignee, or is not new or open, stays as it is.
	 */
	public RoutingDecision route(TicketId id) {
		TicketRouting state = states.lockOrCreate(id);
		TicketView ticket = tickets.get(id);
		if (ticket.assignee() != null || !ticket.status().isActive()) {
			return new RoutingDecision(Outcome.UNCHANGED, ticket.team(), ticket.assignee(), null,
					ticket.assignee() != null ? "assigned already" : "not new or open");
		}
		return decideAndApply(ticket, state, false);
	}

	/**
	 * A solved ticket opened again: it stays with its agent while they are online and on shift; otherwise it is
	 * routed afresh.
	 */
	public RoutingDecision reopened(TicketId id) {
		TicketRouting state = states.lockOrCreate(id);
		TicketView ticket = tickets.get(id);
		if (!ticket.status().isActive()) {
			return new RoutingDecision(Outcome.UNCHANGED, ticket.team(), ticket.assignee(), null, "not new or open");
		}
		if (ticket.assignee() != null) {
			boolean present = directory.candidate(ticket.assignee())
				.filter(c -> c.presence() == Presence.ONLINE && Shifts.onShift(c.hours(), c.zone(), clock.instant()))
				.isPresent();
			if (present) {
				return new RoutingDecision(Outcome.UNCHANGED, ticket.team(), ticket.assignee(), null,
						"its agent is online and on shift");
			}
		}
		return decideAndApply(ticket, state, ticket.assignee() != null);
	}

	/**
	 * Takes the agent's live chats (and, when one of their teams says so, their new and open tickets) away from an
	 * agent who went offline, and routes each afresh. Answers how many moved.
	 */
	public int rerouteWorkOf(AgentId agent) {
		boolean tickets = directory.routingTeams().stream()
			.filter(TeamRouting::rerouteTicketsOnOffline)
			.anyMatch(t -> directory.candidate(agent).map(c -> c.teams().contains(t.team().value())).orElse(false));
		TicketFilter held = TicketFilter.all().withStatuses(ACTIVE).withAssignee(agent, false);
		List<TicketView> work = new ArrayList<>();
		String cursor = null;
		do {
			Slice<TicketView> page = this.tickets.list(held, TicketSort.OLDEST, new PageRequest(PageRequest.MAX_LIMIT, cursor));
			page.items().stream().filter(t -> tickets || t.channel() == Channel.CHAT).forEach(work::add);
			cursor = page.nextCursor();
		}
		while (cursor != null);
		for (TicketView ticket : work) {
			decideAndApply(ticket, states.lockOrCreate(ticket.id()), true);
		}
		return work.size();
	}

	/**
	 * Decides with the ticket's routing state locked: every routing change of a ticket takes that lock before it reads
	 * the ticket, so the listener of a new ticket, an escalation and a skill change run one after the other.
	 */
	private RoutingDecision decideAndApply(TicketView ticket, TicketRouting state, boolean replaceAssignee) {
		Instant now = clock.instant();
		List<Candidate> candidates = directory.candidates();
		TicketFacts facts = facts(ticket, state, candidates);
		RoutingDecision decision = RoutingPolicy.decide(facts, directory.routingTeams(),
				replaceAssignee && ticket.assignee() != null ? without(candidates, ticket.assignee()) : candidates,
				directory.roundRobinPositions(), now);
		apply(ticket, decision, replaceAssignee);
		state.decided(decision, now);
		states.save(state);
		events.publishEvent(new TicketRouted(ticket.id(), decision));
		return decision;
	}

	private void apply(TicketView ticket, RoutingDecision decision, boolean replaceAssignee) {
		Optional<TeamId> team = decision.team() == null || decision.team().equals(ticket.team()) ? null
				: Optional.of(decision.team());
		Optional<AgentId> assignee = decision.outcome() == Outcome.ASSIGNED ? Optional.of(decision.agent())
				: replaceAssignee && decision.outcome() != Outcome.NO_TEAM ? Optional.empty() : null;
		if (decision.outcome() == Outcome.NO_TEAM && !replaceAssignee) {
			return;
		}
		if (team != null || assignee != null) {
			tickets.update(ticket.id(), new TicketChanges(null, null, assignee, team, null, null));
		}
		if (decision.outcome() == Outcome.ASSIGNED) {
			teams.advanceRoundRobin(decision.team().value(), decision.agent().value());
		}
	}

	/** The ticket's team binds routing only when a person chose it; a team routing chose may change on reopen. */
	private static TicketFacts facts(TicketView ticket, TicketRouting state, List<Candidate> candidates) {
		Set<String> skills = requiredSkills(ticket, state, RoutingDirectory.knownSkills(candidates));
		RoutingDecision last = state.lastDecision();
		boolean teamByRouting = last != null && ticket.team() != null && ticket.team().equals(last.team());
		return new TicketFacts(ticket.brand().value(), ticket.language(), ticket.channel() == Channel.CHAT, skills,
				state.tier(), ticket.team() == null || teamByRouting ? null : ticket.team().value());
	}

	/** The skills set on the ticket through the API, and its tags that name a skill some agent has. */
	private static Set<String> requiredSkills(TicketView ticket, TicketRouting state, Set<String> knownSkills) {
		Set<String> skills = new TreeSet<>(state.skills());
		ticket.tags().stream().filter(knownSkills::contains).forEach(skills::add);
		return skills;
	}

	private static List<Candidate> without(List<Candidate> candidates, AgentId agent) {
		return candidates.stream().filter(c -> c.id() != agent.value()).toList();
	}

	/**
	 * Hands the agent the most urgent unassigned ticket of their teams that they may take (their language, skills
	 * and tier; the service-level target due first, then the oldest), assigning it to them. Two agents asking at
	 * the same moment never get the same ticket: the assignment is checked against the ticket's version, and the
	 * loser moves on to the next ticket.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public Optional<TicketId> nextTicketFor(AgentId agentId) {
		Candidate agent = directory.candidate(agentId)
			.orElseThrow(() -> DomainException.ruleBroken("routing.not_an_agent",
					"only enabled agents and leads take tickets from the queue"));
		if (agent.openTickets() >= agent.ticketCapacity()) {
			throw DomainException.ruleBroken("routing.at_capacity",
					"you hold " + agent.openTickets() + " open tickets, your capacity is " + agent.ticketCapacity());
		}
		List<TicketId> eligible = readTransaction.execute(status -> {
			Set<String> known = RoutingDirectory.knownSkills(directory.candidates());
			List<TicketId> ids = new ArrayList<>();
			for (TicketView ticket : queueFor(agent)) {
				TicketRouting state = states.findById(ticket.id().value()).orElseGet(() -> new TicketRouting(ticket.id().value()));
				TicketFacts facts = new TicketFacts(ticket.brand().value(), ticket.language(),
						ticket.channel() == Channel.CHAT, requiredSkills(ticket, state, known), state.tier(), null);
				if (RoutingPolicy.qualifies(agent, facts)) {
					ids.add(ticket.id());
				}
			}
			return ids;
		});
		for (TicketId id : eligible) {
			if (claim(id, agentId)) {
				return Optional.of(id);
			}
		}
		return Optional.empty();
	}

	/** The agent's teams' unassigned new and open tickets, most urgent first. */
	private List<TicketView> queueFor(Candidate agent) {
		List<TicketView> queue = new ArrayList<>();
		for (long team : agent.teams()) {
			TicketFilter filter = new TicketFilter(ACTIVE, null, null, null, true, new TeamId(team), null, null, null, null);
			queue.addAll(tickets.list(filter, TicketSort.DUE, new PageRequest(PULL_WINDOW, null)).items());
		}
		queue.sort(URGENCY);
		return queue;
	}

	static final Comparator<TicketView> URGENCY = Comparator
		.comparing(TicketView::nextDueAt, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(TicketView::priority, Comparator.reverseOrder())
		.thenComparing(TicketView::createdAt)
		.thenComparing(t -> t.id().value());

	private boolean claim(TicketId id, AgentId agent) {
		try {
			Boolean claimed = claimTransaction.execute(status -> {
				TicketView current = tickets.get(id);
				if (current.assignee() != null || !current.status().isActive()) {
					return false;
				}
				tickets.update(id, new TicketChanges(null, null, Optional.of(agent), null, null, null));
				return true;
			});
			return Boolean.TRUE.equals(claimed);
		}
		catch (ConcurrencyFailureException e) {
			log.debug("ticket {} was taken by someone else at the same moment", id);
			return false;
		}
	}

	/**
	 * Moves a ticket up to {@code to} (L1 → L2 → L3) with a reason. The escalation is kept, audited and noted on the
	 * ticket; an assignee below the new tier hands the ticket back and it is routed to someone of the tier.
	 */
	public EscalationView escalate(TicketId ticketId, Tier to, String reason, @Nullable AgentId actorAgentId) {
		if (reason == null || reason.isBlank()) {
			throw DomainException.malformed("routing.escalation_reason_required", "an escalation needs a reason");
		}
		String why = reason.strip();
		if (why.length() > 1000) {
			throw DomainException.ruleBroken("routing.escalation_reason_too_long", "a reason has at most 1000 characters");
		}
		TicketRouting state = states.lockOrCreate(ticketId);
		TicketView ticket = tickets.get(ticketId);
		if (!ticket.status().isUnsolved()) {
			throw DomainException.ruleBroken("routing.escalation_solved", "a solved or closed ticket cannot be escalated");
		}
		Tier from = state.tier();
		if (!to.covers(from) || to == from) {
			throw DomainException.ruleBroken("routing.escalation_not_higher",
					"the ticket is at " + from + " already; escalation goes up to a higher tier");
		}
		Instant now = clock.instant();
		state.needTier(to);
		states.save(state);
		Escalation escalation = escalations.save(new Escalation(ticketId.value(), from, to, why, actorAgentId, now));
		Map<String, String> audit = new LinkedHashMap<>();
		audit.put("from", from.name());
		audit.put("to", to.name());
		audit.put("reason", why);
		if (actorAgentId != null) {
			audit.put("by", actorAgentId.toString());
			tickets.addNote(ticketId, actorAgentId, MessageBody.text("Escalated " + from + " → " + to + ": " + why));
		}
		events.publishEvent(new AuditableChange("ticket", ticketId.toString(), "escalated", audit));
		events.publishEvent(new TicketEscalated(ticketId, from, to, why, actorAgentId, now));
		if (ticket.assignee() != null) {
			boolean stays = directory.candidate(ticket.assignee()).map(c -> c.tier().covers(to)).orElse(false);
			if (!stays) {
				decideAndApply(tickets.get(ticketId), state, true);
			}
		}
		else if (ticket.status().isActive()) {
			decideAndApply(ticket, state, false);
		}
		return escalation.view();
	}

	@Transactional(readOnly = true)
	public List<EscalationView> escalations(TicketId ticketId) {
		tickets.get(ticketId);
		return escalations.findByTicketIdOrderByEscalatedAtAscIdAsc(ticketId.value()).stream().map(Escalation::view).toList();
	}

	@Transactional(readOnly = true)
	public TicketRoutingView state(TicketId ticketId) {
		TicketView ticket = tickets.get(ticketId);
		TicketRouting state = states.findById(ticketId.value()).orElseGet(() -> new TicketRouting(ticketId.value()));
		Set<String> skills = requiredSkills(ticket, state, RoutingDirectory.knownSkills(directory.candidates()));
		return new TicketRoutingView(ticketId, state.tier(), List.copyOf(skills), state.skills().stream().sorted().toList(),
				state.lastDecision(), state.decidedAt());
	}

	/** Sets the skills a ticket needs beyond those its tags name; routing weighs them from the next decision on. */
	public TicketRoutingView requireSkills(TicketId ticketId, List<String> skills) {
		TicketRouting state = states.lockOrCreate(ticketId);
		List<String> normalized = skills.stream().map(s -> s.trim().toLowerCase(java.util.Locale.ROOT)).distinct().toList();
		for (String skill : normalized) {
			if (!skill.matches("[a-z0-9][a-z0-9_-]{0,49}")) {
				throw DomainException.ruleBroken("routing.invalid_skill",
						"skill '" + skill + "' must be a short lowercase word such as refunds or amazon");
			}
		}
		state.needSkills(normalized);
		states.save(state);
		events.publishEvent(new AuditableChange("ticket", ticketId.toString(), "skills_required",
				Map.of("skills", String.join(",", normalized))));
		return state(ticketId);
	}
}
