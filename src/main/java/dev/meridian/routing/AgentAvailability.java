package dev.meridian.routing;

import java.time.Clock;
import java.util.List;

import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.AgentId;
import dev.meridian.identity.Agents;
import dev.meridian.identity.BrandId;
import dev.meridian.routing.internal.Candidate;
import dev.meridian.routing.internal.RoutingDirectory;
import dev.meridian.routing.internal.Shifts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who can take work now. Presence (online, away, offline) is kept as the agent's status in identity, so the profile
 * page, the agents API and this front door all change the same value; every change is published as
 * {@link AgentPresenceChanged}.
 */
@Service
@Transactional
public class AgentAvailability {

	private final Agents agents;
	private final RoutingDirectory directory;
	private final Clock clock;

	AgentAvailability(Agents agents, RoutingDirectory directory, Clock clock) {
		this.agents = agents;
		this.directory = directory;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Presence presenceOf(AgentId agentId) {
		return Presence.of(agents.get(agentId).status());
	}

	/** Sets the agent's presence; going offline re-routes their live chats (and tickets, where their team says so). */
	public void setPresence(AgentId agentId, Presence presence) {
		agents.update(agentId, new AgentDraft(null, null, null, null, null, null, null, null, null, null, null,
				presence.key(), null));
	}

	/**
	 * Whether a chat of {@code brandId} would find an agent now: someone online, on shift and under their chat
	 * capacity in a routing team serving the brand (or, while no routing team serves it, in any team).
	 */
	@Transactional(readOnly = true)
	public boolean anyoneAvailable(BrandId brandId) {
		List<Long> serving = directory.routingTeams().stream()
			.filter(t -> t.brands().isEmpty() || t.brands().contains(brandId))
			.map(t -> t.team().value())
			.toList();
		var now = clock.instant();
		for (Candidate c : directory.candidates()) {
			boolean inTeam = serving.isEmpty() || c.teams().stream().anyMatch(serving::contains);
			if (inTeam && c.presence() == Presence.ONLINE && c.load().liveChats() < c.chatCapacity()
					&& Shifts.onShift(c.hours(), c.zone(), now)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the agent is online, on shift now and has room for one more chat. */
	@Transactional(readOnly = true)
	public boolean canTakeChat(AgentId agentId) {
		return directory.candidate(agentId)
			.filter(c -> c.presence() == Presence.ONLINE && c.load().liveChats() < c.chatCapacity()
					&& Shifts.onShift(c.hours(), c.zone(), clock.instant()))
			.isPresent();
	}
}
