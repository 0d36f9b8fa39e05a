package dev.meridian.routing.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.meridian.identity.AgentId;
import dev.meridian.identity.AgentView;
import dev.meridian.identity.Agents;
import dev.meridian.identity.Role;
import dev.meridian.identity.TeamId;
import dev.meridian.routing.Presence;
import dev.meridian.routing.RoutingProfile;
import dev.meridian.routing.TeamRouting;
import dev.meridian.routing.Tier;
import dev.meridian.ticket.Tickets;
import dev.meridian.ticket.Workload;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers what one routing decision weighs: the routing teams, and every enabled agent who works tickets with their
 * profile and current load. Read afresh for each decision, so a presence change counts at once.
 */
@Component
@Transactional(readOnly = true)
public class RoutingDirectory {

	private final Agents agents;
	private final Tickets tickets;
	private final AgentRoutingProfileRepository profiles;
	private final TeamRoutingRepository teams;

	RoutingDirectory(Agents agents, Tickets tickets, AgentRoutingProfileRepository profiles, TeamRoutingRepository teams) {
		this.agents = agents;
		this.tickets = tickets;
		this.profiles = profiles;
		this.teams = teams;
	}

	public List<TeamRouting> routingTeams() {
		return teams.findByEnabledTrue().stream().map(TeamRoutingSettings::view).toList();
	}

	public Map<Long, Long> roundRobinPositions() {
		Map<Long, Long> positions = new HashMap<>();
		for (TeamRoutingSettings team : teams.findByEnabledTrue()) {
			if (team.lastAgentId() != null) {
				positions.put(team.teamId(), team.lastAgentId());
			}
		}
		return positions;
	}

	/** Enabled agents and leads, the people who take customer work. */
	public List<Candidate> candidates() {
		List<AgentView> workers = agents.all().stream().filter(RoutingDirectory::worksTickets).toList();
		return candidates(workers);
	}

	public Optional<Candidate> candidate(AgentId id) {
		AgentView agent = agents.get(id);
		return worksTickets(agent) ? Optional.of(candidates(List.of(agent)).get(0)) : Optional.empty();
	}

	private List<Candidate> candidates(List<AgentView> workers) {
		// Every profile, not those of the ids: a query with a list of ids is translated afresh on each call.
		Map<Long, AgentRoutingProfile> byAgent = profiles.findAll()
			.stream()
			.collect(Collectors.toMap(AgentRoutingProfile::agentId, Function.identity()));
		Map<AgentId, Workload> loads = tickets.workload(workers.stream().map(AgentView::id).collect(Collectors.toSet()));
		return workers.stream().map(a -> candidate(a, byAgent.get(a.id().value()), loads.getOrDefault(a.id(), Workload.NONE))).toList();
	}

	/** Skills some agent has: a ticket tag with such a name is a skill the ticket needs. */
	public static Set<String> knownSkills(List<Candidate> candidates) {
		Set<String> skills = new HashSet<>();
		candidates.forEach(c -> skills.addAll(c.skills()));
		return skills;
	}

	public RoutingProfile profile(AgentView agent) {
		AgentRoutingProfile own = profiles.findById(agent.id().value()).orElse(null);
		return new RoutingProfile(agent.id(), agent.languages(), agent.skills(), Tier.of(agent.tier()), agent.timeZone(),
				own == null ? AgentRoutingProfile.DEFAULT_HOURS : own.workingHours(), own == null,
				own == null ? AgentRoutingProfile.DEFAULT_CHAT_CAPACITY : own.chatCapacity(), agent.capacity(),
				Presence.of(agent.status()));
	}

	static boolean worksTickets(AgentView agent) {
		return agent.enabled() && (agent.role() == Role.AGENT || agent.role() == Role.LEAD);
	}

	private static Candidate candidate(AgentView a, @org.jspecify.annotations.Nullable AgentRoutingProfile profile,
			Workload load) {
		return new Candidate(a.id().value(), a.teams().stream().map(TeamId::value).collect(Collectors.toSet()),
				a.languages(), Set.copyOf(a.skills()), Tier.of(a.tier()), a.timeZone(),
				profile == null ? AgentRoutingProfile.DEFAULT_HOURS : profile.workingHours(), Presence.of(a.status()),
				a.capacity(), profile == null ? AgentRoutingProfile.DEFAULT_CHAT_CAPACITY : profile.chatCapacity(), load);
	}
}
