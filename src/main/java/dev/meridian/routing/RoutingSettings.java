package dev.meridian.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.AgentId;
import dev.meridian.identity.Agents;
import dev.meridian.identity.Brands;
import dev.meridian.identity.TeamId;
import dev.meridian.identity.Teams;
import dev.meridian.routing.internal.AgentRoutingProfile;
import dev.meridian.routing.internal.AgentRoutingProfileRepository;
import dev.meridian.routing.internal.RoutingDirectory;
import dev.meridian.routing.internal.TeamRoutingRepository;
import dev.meridian.routing.internal.TeamRoutingSettings;
import dev.meridian.shared.AuditableChange;
import dev.meridian.shared.DomainException;
import dev.meridian.sla.OpeningHours;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routing's configuration: each agent's routing profile and each team's routing settings. Languages, skills, tier
 * and ticket capacity are the agent's fields in identity and are changed there, through {@link Agents}; working
 * hours and chat capacity are routing's own.
 */
@Service
@Transactional
public class RoutingSettings {

	private final Agents agents;
	private final Teams teams;
	private final Brands brands;
	private final AgentRoutingProfileRepository profiles;
	private final TeamRoutingRepository teamSettings;
	private final RoutingDirectory directory;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RoutingSettings(Agents agents, Teams teams, Brands brands, AgentRoutingProfileRepository profiles,
			TeamRoutingRepository teamSettings, RoutingDirectory directory, ApplicationEventPublisher events, Clock clock) {
		this.agents = agents;
		this.teams = teams;
		this.brands = brands;
		this.profiles = profiles;
		this.teamSettings = teamSettings;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public RoutingProfile profile(AgentId agent) {
		return directory.profile(agents.get(agent));
	}

	@Transactional(readOnly = true)
	public List<RoutingProfile> profiles() {
		return agents.all().stream().map(directory::profile).toList();
	}

	public RoutingProfile updateProfile(AgentId agent, RoutingProfileDraft draft) {
		agents.get(agent);
		Instant now = clock.instant();
		Map<String, String> audit = new LinkedHashMap<>();
		if (draft.languages() != null || draft.skills() != null || draft.tier() != null || draft.ticketCapacity() != null) {
			agents.update(agent, new AgentDraft(null, null, null, null, null, draft.languages(), draft.skills(),
					draft.tier() == null ? null : draft.tier().level(), null, null, draft.ticketCapacity(), null, null));
		}
		if (draft.workingHours() != null || draft.chatCapacity() != null) {
			AgentRoutingProfile own = profiles.findById(agent.value()).orElseGet(() -> new AgentRoutingProfile(agent.value(), now));
			if (draft.workingHours() != null) {
				own.work(draft.workingHours(), now);
				audit.put("workingHours", describe(own.workingHours()));
			}
			if (draft.chatCapacity() != null) {
				own.takeChats(draft.chatCapacity(), now);
				audit.put("chatCapacity", draft.chatCapacity().toString());
			}
			profiles.saveAndFlush(own);
			events.publishEvent(new AuditableChange("routing_profile", agent.toString(), "updated", audit));
		}
		return profile(agent);
	}

	/** A team's routing settings; a team nobody configured yet does not take part in routing. */
	@Transactional(readOnly = true)
	public TeamRouting team(TeamId team) {
		teams.get(team);
		return teamSettings.findById(team.value())
			.map(TeamRoutingSettings::view)
			.orElseGet(() -> new TeamRoutingSettings(team.value(), clock.instant()).view());
	}

	@Transactional(readOnly = true)
	public List<TeamRouting> teams() {
		return teams.all().stream().map(t -> team(t.id())).toList();
	}

	public TeamRouting updateTeam(TeamId team, TeamRoutingDraft draft) {
		teams.get(team);
		Instant now = clock.instant();
		TeamRoutingSettings settings = teamSettings.findById(team.value()).orElseGet(() -> new TeamRoutingSettings(team.value(), now));
		Map<String, String> audit = new LinkedHashMap<>();
		if (draft.enabled() != null) {
			settings.enable(draft.enabled());
			audit.put("enabled", draft.enabled().toString());
		}
		if (draft.mode() != null || draft.strategy() != null) {
			TeamRouting before = settings.view();
			settings.assignBy(draft.mode() == null ? before.mode() : draft.mode(),
					draft.strategy() == null ? before.strategy() : draft.strategy());
			audit.put("mode", settings.view().mode().key());
			audit.put("strategy", settings.view().strategy().key());
		}
		if (draft.brands() != null) {
			for (var brand : draft.brands()) {
				if (!brands.exists(brand)) {
					throw DomainException.ruleBroken("routing.unknown_brand", "brand " + brand + " does not exist");
				}
			}
			settings.serveBrands(draft.brands());
			audit.put("brands", String.join(",", draft.brands().stream().map(Object::toString).toList()));
		}
		if (draft.languages() != null) {
			settings.serveLanguages(draft.languages());
			audit.put("languages", String.join(",", settings.view().languages()));
		}
		if (draft.chatWeight() != null) {
			settings.weighChats(draft.chatWeight());
			audit.put("chatWeight", draft.chatWeight().toString());
		}
		if (draft.rerouteTicketsOnOffline() != null) {
			settings.rerouteTicketsOnOffline(draft.rerouteTicketsOnOffline());
			audit.put("rerouteTicketsOnOffline", draft.rerouteTicketsOnOffline().toString());
		}
		settings.touch(now);
		TeamRouting view = teamSettings.saveAndFlush(settings).view();
		events.publishEvent(new AuditableChange("team_routing", team.toString(), "updated", audit));
		return view;
	}

	private static String describe(List<OpeningHours> hours) {
		return String.join(" ", hours.stream().map(h -> h.day().name().substring(0, 3) + " " + h.opens() + "-" + h.closes()).toList());
	}
}
