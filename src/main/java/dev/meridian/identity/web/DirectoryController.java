package dev.meridian.identity.web;

import java.time.Instant;
import java.util.List;

import dev.meridian.identity.*;
import dev.meridian.shared.PageRequest;
import dev.meridian.shared.Slice;
import dev.meridian.shared.Slices;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

/** Brands, teams and agents over the API: everyone may read, only admins may change. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory", description = "Brands, teams and agents")
class DirectoryController {

	record AgentJson(String id, String name, String email, String role, List<TeamId> teams, List<String> languages,
			List<String> skills, int tier, String timeZone, String locale, int capacity, String status, boolean enabled,
			Instant createdAt, Instant updatedAt) {

		static AgentJson of(AgentView a) {
			return new AgentJson(a.id().toString(), a.name(), a.email(), a.role().key(), a.teams(), a.languages(),
					a.skills(), a.tier(), a.timeZone().getId(), a.locale().toLanguageTag(), a.capacity(), a.status().key(),
					a.enabled(), a.createdAt(), a.updatedAt());
		}
	}

	record TeamJson(String id, String name, String timeZone, Instant createdAt, Instant updatedAt) {

		static TeamJson of(TeamView t) {
			return new TeamJson(t.id().toString(), t.name(), t.timeZone().getId(), t.createdAt(), t.updatedAt());
		}
	}

	private final Brands brands;
	private final Teams teams;
	private final Agents agents;

	DirectoryController(Brands brands, Teams teams, Agents agents) {
		this.brands = brands;
		this.teams = teams;
		this.agents = agents;
	}

	@GetMapping("/brands")
	@PreAuthorize("hasAuthority('directory:read')")
	@Operation(summary = "List brands")
	Slice<BrandView> brands(@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor) {
		return Slices.byId(brands.all(), b -> b.id().value(), PageRequest.of(limit, cursor));
	}

	@GetMapping("/brands/{id}")
	@PreAuthorize("hasAuthority('directory:read')")
	BrandView brand(@PathVariable String id) {
		return brands.get(BrandId.parse(id));
	}

	@PostMapping("/brands")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('directory:write')")
	@Operation(summary = "Create a brand", description = "Example: {\"name\": \"Lumen Home\", \"website\": "
			+ "\"https://lumen.example\", \"marketplaces\": [\"amazon-us\", \"amazon-de\"]}")
	BrandView createBrand(@RequestBody BrandDraft draft) {
		return brands.create(draft);
	}

	@PatchMapping("/brands/{id}")
	@PreAuthorize("hasAuthority('directory:write')")
	BrandView updateBrand(@PathVariable String id, @RequestBody BrandDraft draft) {
		return brands.update(BrandId.parse(id), draft);
	}

	@GetMapping("/teams")
	@PreAuthorize("hasAuthority('directory:read')")
	@Operation(summary = "List teams")
	Slice<TeamJson> teams(@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor) {
		return Slices.byId(teams.all(), t -> t.id().value(), PageRequest.of(limit, cursor)).map(TeamJson::of);
	}

	@GetMapping("/teams/{id}")
	@PreAuthorize("hasAuthority('directory:read')")
	TeamJson team(@PathVariable String id) {
		return TeamJson.of(teams.get(TeamId.parse(id)));
	}

	@PostMapping("/teams")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('directory:write')")
	@Operation(summary = "Create a team", description = "Example: {\"name\": \"Manila\", \"timeZone\": \"Asia/Manila\"}")
	TeamJson createTeam(@RequestBody TeamDraft draft) {
		return TeamJson.of(teams.create(draft));
	}

	@PatchMapping("/teams/{id}")
	@PreAuthorize("hasAuthority('directory:write')")
	TeamJson updateTeam(@PathVariable String id, @RequestBody TeamDraft draft) {
		return TeamJson.of(teams.update(TeamId.parse(id), draft));
	}

	@GetMapping("/agents")
	@PreAuthorize("hasAuthority('directory:read')")
	@Operation(summary = "List agents")
	Slice<AgentJson> agents(@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor) {
		return Slices.byId(agents.all(), a -> a.id().value(), PageRequest.of(limit, cursor)).map(AgentJson::of);
	}

	@GetMapping("/agents/{id}")
	@PreAuthorize("hasAuthority('directory:read')")
	AgentJson agent(@PathVariable String id) {
		return AgentJson.of(agents.get(AgentId.parse(id)));
	}

	@PostMapping("/agents")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('directory:write')")
	@Operation(summary = "Create an agent", description = "Example: {\"name\": \"Li Wei\", \"email\": "
			+ "\"li.wei@shop.example\", \"password\": \"a long password\", \"role\": \"agent\", \"teams\": [\"1\"], "
			+ "\"languages\": [\"zh-CN\", \"en\"], \"skills\": [\"refunds\"], \"tier\": 1, \"timeZone\": "
			+ "\"Asia/Shanghai\", \"locale\": \"zh-CN\", \"capacity\": 8}")
	AgentJson createAgent(@RequestBody AgentDraft draft) {
		return AgentJson.of(agents.create(draft));
	}

	@PatchMapping("/agents/{id}")
	@PreAuthorize("hasAuthority('directory:write') or #id == authentication.principal.id().toString()")
	@Operation(summary = "Change an agent", description = "Admins may change every field; an agent may change "
			+ "their own status, locale, time zone and password.")
	AgentJson updateAgent(@PathVariable String id, @RequestBody AgentDraft draft) {
		AgentPrincipal me = AgentPrincipal.current();
		AgentDraft allowed = me != null && me.may(Permission.DIRECTORY_WRITE) ? draft : selfService(draft);
		return AgentJson.of(agents.update(AgentId.parse(id), allowed));
	}

	private static AgentDraft selfService(AgentDraft draft) {
		if (draft.name() != null || draft.email() != null || draft.role() != null || draft.teams() != null
				|| draft.languages() != null || draft.skills() != null || draft.tier() != null
				|| draft.capacity() != null || draft.enabled() != null) {
			throw new dev.meridian.shared.DomainException(dev.meridian.shared.DomainException.Kind.FORBIDDEN,
					"agent.self_service_only", "you may change only your own status, locale, timeZone and password");
		}
		return draft;
	}
}
