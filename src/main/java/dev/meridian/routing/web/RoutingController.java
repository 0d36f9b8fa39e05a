package dev.meridian.routing.web;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import dev.meridian.identity.AgentId;
import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.BrandId;
import dev.meridian.identity.TeamId;
import dev.meridian.routing.*;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.Slice;
import dev.meridian.sla.OpeningHours;
import dev.meridian.ticket.TicketId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.*;

/**
 * Routing over the API: teams' routing settings, agents' routing profiles, the caller's presence, the pull queue
 * ("give me the next ticket") and a ticket's routing state and escalations.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Routing")
class RoutingController {

	record HoursJson(String day, String opens, String closes) {

		static HoursJson of(OpeningHours h) {
			return new HoursJson(h.day().name().toLowerCase(Locale.ROOT), h.opens().toString(),
					h.closes().equals(LocalTime.MIDNIGHT) ? "24:00" : h.closes().toString());
		}

		OpeningHours toHours() {
			try {
				DayOfWeek d = DayOfWeek.valueOf(day == null ? "" : day.strip().toUpperCase(Locale.ROOT));
				return new OpeningHours(d, time(opens), time(closes));
			}
			catch (IllegalArgumentException | DateTimeException e) {
				throw DomainException.malformed("routing.invalid_hours",
						"workingHours items are {\"day\": \"monday\", \"opens\": \"09:00\", \"closes\": \"18:00\"}");
			}
		}

		private static LocalTime time(@Nullable String text) {
			return "24:00".equals(text) ? LocalTime.MIDNIGHT : LocalTime.parse(text == null ? "" : text.strip());
		}
	}

	record TeamJson(TeamId team, boolean enabled, String mode, String strategy, List<BrandId> brands,
			List<String> languages, int chatWeight, boolean rerouteTicketsOnOffline) {

		static TeamJson of(TeamRouting t) {
			return new TeamJson(t.team(), t.enabled(), t.mode().key(), t.strategy().key(), t.brands(), t.languages(),
					t.chatWeight(), t.rerouteTicketsOnOffline());
		}
	}

	record TeamRequest(@Nullable Boolean enabled, @Nullable String mode, @Nullable String strategy,
			@Nullable List<String> brands, @Nullable List<String> languages, @Nullable Integer chatWeight,
			@Nullable Boolean rerouteTicketsOnOffline) {

		TeamRoutingDraft toDraft() {
			return new TeamRoutingDraft(enabled, mode == null ? null : AssignmentMode.parse(mode),
					strategy == null ? null : AssignmentStrategy.parse(strategy),
					brands == null ? null : brands.stream().map(BrandId::parse).toList(), languages, chatWeight,
					rerouteTicketsOnOffline);
		}
	}

	record ProfileJson(AgentId agent, List<String> languages, List<String> skills, String tier, String timeZone,
			List<HoursJson> workingHours, boolean defaultHours, int chatCapacity, int ticketCapacity,
			String presence) {

		static ProfileJson of(RoutingProfile p) {
			return new ProfileJson(p.agent(), p.languages(), p.skills(), p.tier().name(), p.timeZone().getId(),
					p.workingHours().stream().map(HoursJson::of).toList(), p.defaultHours(), p.chatCapacity(),
					p.ticketCapacity(), p.presence().key());
		}
	}

	record ProfileRequest(@Nullable List<String> languages, @Nullable List<String> skills, @Nullable String tier,
			@Nullable List<HoursJson> workingHours, @Nullable Integer chatCapacity, @Nullable Integer ticketCapacity) {

		RoutingProfileDraft toDraft() {
			return new RoutingProfileDraft(languages, skills, tier == null ? null : Tier.parse(tier),
					workingHours == null ? null : workingHours.stream().map(HoursJson::toHours).toList(), chatCapacity,
					ticketCapacity);
		}
	}

	record PresenceJson(AgentId agent, String presence) {
	}

	record PresenceRequest(@Nullable String presence) {
	}

	record NextJson(TicketId ticket) {
	}

	record DecisionJson(String outcome, @Nullable TeamId team, @Nullable AgentId agent,
			@Nullable Instant shiftStartsAt, String detail) {

		static @Nullable DecisionJson of(@Nullable RoutingDecision d) {
			return d == null ? null
					: new DecisionJson(d.outcome().key(), d.team(), d.agent(), d.shiftStartsAt(), d.detail());
		}
	}

	record EscalationJson(String id, TicketId ticket, String from, String to, String reason, @Nullable AgentId by,
			Instant at) {

		static EscalationJson of(EscalationView e) {
			return new EscalationJson(Long.toString(e.id()), e.ticket(), e.from().name(), e.to().name(), e.reason(),
					e.by(), e.at());
		}
	}

	record TicketRoutingJson(TicketId ticket, String tier, List<String> skills, List<String> extraSkills,
			@Nullable DecisionJson lastDecision, @Nullable Instant decidedAt, List<EscalationJson> escalations) {
	}

	record EscalationRequest(@Nullable String tier, @Nullable String reason) {
	}

	record SkillsRequest(@Nullable List<String> skills) {
	}

	private final RoutingSettings settings;
	private final Routing routing;
	private final AgentAvailability availability;

	RoutingController(RoutingSettings settings, Routing routing, AgentAvailability availability) {
		this.settings = settings;
		this.routing = routing;
		this.availability = availability;
	}

	@GetMapping("/routing/teams")
	@PreAuthorize("hasAuthority('directory:read')")
	@Operation(summary = "Every team's routing settings", description = "A team nobody configured is listed with "
			+ "enabled false; all teams fit in one page, so nextCursor is always null.")
	Slice<TeamJson> teams() {
		return new Slice<>(settings.teams().stream().map(TeamJson::of).toList(), null);
	}

	@GetMapping("/routing/teams/{team}")
	@PreAuthorize("hasAuthority('directory:read')")
	TeamJson team(@PathVariable String team) {
		return TeamJson.of(settings.team(TeamId.parse(team)));
	}

	@PatchMapping("/routing/teams/{team}")
	@PreAuthorize("hasAuthority('directory:write')")
	@Operation(summary = "Change a team's routing settings", description = "Fields left out stay as they are. "
			+ "Example: {\"enabled\": true, \"mode\": \"push\", \"strategy\": \"least_loaded\", \"brands\": [\"1\"], "
			+ "\"languages\": [\"de\", \"en\"], \"chatWeight\": 3, \"rerouteTicketsOnOffline\": false}. mode is push "
			+ "(routing assigns an agent) or pull (agents take the next ticket); strategy is round_robin or "
			+ "least_loaded; empty languages serve every language.")
	TeamJson updateTeam(@PathVariable String team, @RequestBody TeamRequest request) {
		return TeamJson.of(settings.updateTeam(TeamId.parse(team), request.toDraft()));
	}

	@GetMapping("/routing/agents")
	@PreAuthorize("hasAuthority('directory:read')")
	Slice<ProfileJson> profiles() {
		return new Slice<>(settings.profiles().stream().map(ProfileJson::of).toList(), null);
	}

	@GetMapping("/routing/agents/{agent}")
	@PreAuthorize("hasAuthority('directory:read')")
	ProfileJson profile(@PathVariable String agent) {
		return ProfileJson.of(settings.profile(AgentId.parse(agent)));
	}

	@PatchMapping("/routing/agents/{agent}")
	@PreAuthorize("hasAuthority('directory:write')")
	@Operation(summary = "Change what routing knows of an agent", description = "Fields left out stay as they are. "
			+ "Example: {\"languages\": [\"de\", \"en\"], \"skills\": [\"refunds\"], \"tier\": \"L2\", "
			+ "\"workingHours\": [{\"day\": \"monday\", \"opens\": \"09:00\", \"closes\": \"17:00\"}], "
			+ "\"chatCapacity\": 3, \"ticketCapacity\": 25}. Working hours are in the agent's own time zone; an "
			+ "empty list returns the agent to the default week.")
	ProfileJson updateProfile(@PathVariable String agent, @RequestBody ProfileRequest request) {
		return ProfileJson.of(settings.updateProfile(AgentId.parse(agent), request.toDraft()));
	}

	@GetMapping("/routing/presence")
	@PreAuthorize("hasAuthority('ticket:read')")
	@Operation(summary = "The caller's presence: online, away or offline")
	PresenceJson presence(@AuthenticationPrincipal AgentPrincipal me) {
		return new PresenceJson(me.id(), availability.presenceOf(me.id()).key());
	}

	@PutMapping("/routing/presence")
	@PreAuthorize("hasAuthority('ticket:read')")
	@Operation(summary = "Set the caller's presence", description = "Example: {\"presence\": \"away\"}. Only online "
			+ "agents get tickets and chats pushed to them; going offline hands live chats back to routing.")
	PresenceJson setPresence(@AuthenticationPrincipal AgentPrincipal me, @RequestBody PresenceRequest request) {
		if (request.presence() == null) {
			throw DomainException.malformed("routing.invalid_presence", "presence must be one of online, away, offline");
		}
		availability.setPresence(me.id(), Presence.parse(request.presence()));
		return presence(me);
	}

	@PostMapping("/routing/next")
	@PreAuthorize("hasAuthority('ticket:write')")
	@Operation(summary = "Take the next ticket", description = "Assigns the caller the most urgent unassigned ticket "
			+ "of their teams that they may take (language, skills, tier; SLA due time first, then age) and answers "
			+ "200 with its id, or 204 when there is none. Two agents asking at once never get the same ticket.")
	ResponseEntity<NextJson> next(@AuthenticationPrincipal AgentPrincipal me) {
		return routing.nextTicketFor(me.id())
			.map(id -> ResponseEntity.ok(new NextJson(id)))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@GetMapping("/tickets/{id}/routing")
	@PreAuthorize("hasAuthority('ticket:read')")
	@Operation(summary = "A ticket's routing state", description = "The tier and skills it needs, routing's last "
			+ "decision (outcome assigned, queued, follow_the_sun, no_team or unchanged) and its escalations.")
	TicketRoutingJson ticketRouting(@PathVariable String id) {
		TicketId ticket = TicketId.parse(id);
		TicketRoutingView state = routing.state(ticket);
		return new TicketRoutingJson(ticket, state.tier().name(), state.skills(), state.extraSkills(),
				DecisionJson.of(state.lastDecision()), state.decidedAt(),
				routing.escalations(ticket).stream().map(EscalationJson::of).toList());
	}

	@PostMapping("/tickets/{id}/escalations")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('ticket:write')")
	@Operation(summary = "Escalate a ticket to a higher tier", description = "Example: {\"tier\": \"L2\", \"reason\": "
			+ "\"refund above the L1 limit\"}. The reason is required; an assignee below the new tier hands the ticket "
			+ "back and it is routed again.")
	EscalationJson escalate(@PathVariable String id, @RequestBody EscalationRequest request,
			@AuthenticationPrincipal AgentPrincipal me) {
		if (request.tier() == null) {
			throw DomainException.malformed("routing.invalid_tier", "tier must be L1, L2 or L3");
		}
		return EscalationJson.of(routing.escalate(TicketId.parse(id), Tier.parse(request.tier()),
				request.reason() == null ? "" : request.reason(), me.id()));
	}

	@PutMapping("/tickets/{id}/routing/skills")
	@PreAuthorize("hasAuthority('ticket:write')")
	@Operation(summary = "Set the skills a ticket needs beyond its tags", description = "Example: {\"skills\": "
			+ "[\"warranty\"]}. Tags that name an agent skill count already.")
	TicketRoutingJson requireSkills(@PathVariable String id, @RequestBody SkillsRequest request) {
		TicketId ticket = TicketId.parse(id);
		routing.requireSkills(ticket, request.skills() == null ? List.of() : request.skills());
		return ticketRouting(id);
	}
}
