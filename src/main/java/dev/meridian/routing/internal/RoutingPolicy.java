package dev.meridian.routing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.meridian.identity.AgentId;
import dev.meridian.identity.TeamId;
import dev.meridian.routing.AssignmentMode;
import dev.meridian.routing.AssignmentStrategy;
import dev.meridian.routing.Presence;
import dev.meridian.routing.RoutingDecision;
import dev.meridian.routing.RoutingDecision.Outcome;
import dev.meridian.routing.TeamRouting;
import org.jspecify.annotations.Nullable;

/**
 * The routing decision, without Spring or a database: which team a ticket goes to and, for a push team, which agent.
 * <ol>
 * <li>Teams: the ticket's own team if it has one, else the routing teams that serve its brand and language.</li>
 * <li>An agent qualifies for a team when they belong to it, cover the ticket's language and skills, and are of its
 * tier or higher.</li>
 * <li>The first team with a qualified agent on shift now takes the ticket. A push team hands it to one of those
 * agents who is online and under capacity, in turn or least loaded; a pull team keeps it in its queue, as does a
 * push team whose qualified agents are all busy or away.</li>
 * <li>When nobody qualified is on shift anywhere, the ticket goes to the team whose qualified agents start first
 * (follow the sun), unassigned: it never goes to a sleeping agent.</li>
 * </ol>
 */
public final class RoutingPolicy {

	private RoutingPolicy() {
	}

	/**
	 * @param teams the routing teams (enabled)
	 * @param agents the enabled agents who work tickets, with their load
	 * @param lastAssigned per team id, the agent its round-robin served last
	 */
	public static RoutingDecision decide(TicketFacts ticket, List<TeamRouting> teams, List<Candidate> agents,
			Map<Long, Long> lastAssigned, Instant now) {
		List<TeamRouting> serving = teams.stream()
			.filter(TeamRouting::enabled)
			.filter(t -> ticket.team() == null ? serves(t, ticket) : t.team().value() == ticket.team())
			.sorted(Comparator.comparing((TeamRouting t) -> t.languages().isEmpty()).thenComparing(t -> t.team().value()))
			.toList();
		if (serving.isEmpty()) {
			return new RoutingDecision(Outcome.NO_TEAM, ticket.team() == null ? null : new TeamId(ticket.team()), null,
					null, ticket.team() == null ? "no routing team serves this brand and language"
							: "the ticket's team does not use routing");
		}
		TeamRouting queueOnly = null;
		for (TeamRouting team : serving) {
			List<Candidate> onShift = qualified(team, ticket, agents).stream()
				.filter(c -> Shifts.onShift(c.hours(), c.zone(), now))
				.toList();
			if (onShift.isEmpty()) {
				continue;
			}
			if (team.mode() == AssignmentMode.PULL) {
				return new RoutingDecision(Outcome.QUEUED, team.team(), null, null, "pull team: waits for the next agent who takes it");
			}
			List<Candidate> available = onShift.stream()
				.filter(c -> c.presence() == Presence.ONLINE && c.hasRoomFor(ticket.chat()))
				.toList();
			if (!available.isEmpty()) {
				Candidate chosen = choose(team, available, lastAssigned.get(team.team().value()));
				return new RoutingDecision(Outcome.ASSIGNED, team.team(), new AgentId(chosen.id()), null,
						team.strategy().key() + " among " + available.size() + " available");
			}
			if (queueOnly == null) {
				queueOnly = team;
			}
		}
		if (queueOnly != null) {
			return new RoutingDecision(Outcome.QUEUED, queueOnly.team(), null, null,
					"qualified agents are on shift but away or at capacity");
		}
		return followTheSun(ticket, serving, agents, now);
	}

	private static RoutingDecision followTheSun(TicketFacts ticket, List<TeamRouting> serving, List<Candidate> agents,
			Instant now) {
		TeamRouting next = null;
		Instant nextStart = null;
		for (TeamRouting team : serving) {
			for (Candidate c : qualified(team, ticket, agents)) {
				Optional<Instant> start = Shifts.nextStart(c.hours(), c.zone(), now);
				if (start.isPresent() && (nextStart == null || start.get().isBefore(nextStart))) {
					nextStart = start.get();
					next = team;
				}
			}
		}
		if (next == null) {
			return new RoutingDecision(Outcome.QUEUED, serving.get(0).team(), null, null,
					"no agent covers this ticket's language, skills and tier");
		}
		return new RoutingDecision(Outcome.FOLLOW_THE_SUN, next.team(), null, nextStart,
				"nobody qualified on shift; the next shift starts at " + nextStart);
	}

	static boolean serves(TeamRouting team, TicketFacts ticket) {
		boolean brand = team.brands().isEmpty() || team.brands().stream().anyMatch(b -> b.value() == ticket.brand());
		boolean language = team.languages().isEmpty() || Languages.covers(team.languages(), ticket.language());
		return brand && language;
	}

	/** Members of the team who cover the ticket's language, skills and tier. */
	static List<Candidate> qualified(TeamRouting team, TicketFacts ticket, List<Candidate> agents) {
		List<Candidate> result = new ArrayList<>();
		for (Candidate c : agents) {
			if (c.teams().contains(team.team().value()) && qualifies(c, ticket)) {
				result.add(c);
			}
		}
		return result;
	}

	public static boolean qualifies(Candidate c, TicketFacts ticket) {
		return c.tier().covers(ticket.tier()) && c.skills().containsAll(ticket.skills())
				&& Languages.covers(c.languages(), ticket.language());
	}

	private static Candidate choose(TeamRouting team, List<Candidate> available, @Nullable Long last) {
		long after = last == null ? Long.MIN_VALUE : last;
		// In turn: the next id after the last one served, wrapping around.
		Comparator<Candidate> inTurn = Comparator.comparing((Candidate c) -> c.id() <= after).thenComparingLong(Candidate::id);
		Comparator<Candidate> order = team.strategy() == AssignmentStrategy.LEAST_LOADED
				? Comparator.comparingLong((Candidate c) -> c.weightedLoad(team.chatWeight())).thenComparing(inTurn)
				: inTurn;
		return available.stream().min(order).orElseThrow();
	}
}
