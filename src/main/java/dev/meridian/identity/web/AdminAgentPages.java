package dev.meridian.identity.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.AgentId;
import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.AgentView;
import dev.meridian.identity.Agents;
import dev.meridian.identity.Role;
import dev.meridian.identity.TeamId;
import dev.meridian.identity.TeamView;
import dev.meridian.identity.Teams;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.TimeZoneChoices;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Agents: a filterable list (htmx swaps the table as the filter changes), create with an initial password,
 * edit, and a password reset that htmx answers in place. An admin cannot demote or disable themselves, so
 * the last way into the admin pages is never closed from inside them.
 */
@Controller
@RequestMapping("/admin/agents")
class AdminAgentPages {

	record AgentRow(String id, String name, String email, String role, List<String> teams, List<String> languages,
			List<String> skills, int tier, String timeZone, int capacity, String status, boolean enabled, boolean me) {
	}

	private final Agents agents;
	private final Teams teams;
	private final MessageSource messages;
	private final Clock clock;
	private final List<String> uiLocales;

	/** {@code meridian.web.locales} is the shell's list of UI languages with a message bundle. */
	AdminAgentPages(Agents agents, Teams teams, MessageSource messages, Clock clock,
			@Value("${meridian.web.locales:en,zh-CN,zh-TW,ja,es,de,fr}") List<String> uiLocales) {
		this.agents = agents;
		this.teams = teams;
		this.messages = messages;
		this.clock = clock;
		this.uiLocales = uiLocales.stream().map(String::trim).toList();
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String role, @RequestParam(required = false) @Nullable String q,
			Model model, Locale locale, HttpServletRequest request) {
		List<TeamView> allTeams = teams.all();
		Map<TeamId, String> teamNames = allTeams.stream().collect(Collectors.toMap(TeamView::id, TeamView::name));
		AgentPrincipal me = AgentPrincipal.current();
		String query = q == null ? "" : q.trim().toLowerCase(locale);
		List<AgentView> all = agents.all();
		List<AgentRow> rows = all.stream()
			.filter(a -> team == null || team.isBlank() || a.teams().stream().anyMatch(t -> t.toString().equals(team)))
			.filter(a -> role == null || role.isBlank() || a.role().key().equals(role))
			.filter(a -> query.isEmpty() || a.name().toLowerCase(locale).contains(query) || a.email().contains(query))
			.map(a -> new AgentRow(a.id().toString(), a.name(), a.email(), a.role().key(),
					a.teams().stream().map(t -> teamNames.getOrDefault(t, t.toString())).toList(),
					a.languages().stream().map(l -> AdminChoices.languageName(l, locale)).toList(), a.skills(), a.tier(),
					a.timeZone().getId(), a.capacity(), a.status().key(), a.enabled(), me != null && me.id().equals(a.id())))
			.toList();
		model.addAttribute("agents", rows);
		model.addAttribute("total", all.size());
		model.addAttribute("teams", allTeams);
		model.addAttribute("roles", roles());
		model.addAttribute("team", team == null ? "" : team);
		model.addAttribute("role", role == null ? "" : role);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("filtered", rows.size() != all.size());
		return AdminPages.partial(request) ? "admin/agents :: results" : "admin/agents";
	}

	@GetMapping("/new")
	String createForm(Model model, Locale locale) {
		return form(model, new AgentForm(), null, null, locale);
	}

	@PostMapping
	String create(@ModelAttribute("form") AgentForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		try {
			AgentView agent = agents.create(form.toDraft(true));
			redirect.addFlashAttribute("flash", messages.getMessage("admin.agents.created", new Object[] { agent.name() }, locale));
			return "redirect:/admin/agents";
		}
		catch (DomainException e) {
			response.setStatus(e.httpStatus());
			return form(model, form, null, FormError.of(e, messages, locale), locale);
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable String id, Model model, Locale locale) {
		AgentView agent = agents.get(AgentId.parse(id));
		return form(model, AgentForm.of(agent), agent, null, locale);
	}

	@PostMapping("/{id}")
	String update(@PathVariable String id, @ModelAttribute("form") AgentForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		AgentView agent = agents.get(AgentId.parse(id));
		try {
			AgentDraft draft = form.toDraft(false);
			refuseSelfLockout(agent, draft);
			AgentView saved = agents.update(agent.id(), draft);
			redirect.addFlashAttribute("flash", messages.getMessage("admin.agents.updated", new Object[] { saved.name() }, locale));
			return "redirect:/admin/agents";
		}
		catch (DomainException e) {
			response.setStatus(e.httpStatus());
			return form(model, form, agent, FormError.of(e, messages, locale), locale);
		}
	}

	/** Sets a new password. With htmx the password card answers in place; without, the page reloads. */
	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable String id, @RequestParam(defaultValue = "") String password, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		AgentView agent = agents.get(AgentId.parse(id));
		boolean partial = AdminPages.partial(request);
		try {
			agents.update(agent.id(), new AgentDraft(null, null, password, null, null, null, null, null, null, null,
					null, null, null));
			String done = messages.getMessage("admin.agents.password_reset", new Object[] { agent.name() }, locale);
			if (partial) {
				model.addAttribute("agent", agent);
				model.addAttribute("passwordDone", done);
				return "admin/agent-form :: password";
			}
			redirect.addFlashAttribute("flash", done);
			return "redirect:/admin/agents/" + agent.id() + "/edit";
		}
		catch (DomainException e) {
			FormError error = FormError.of(e, messages, locale);
			if (partial) {
				model.addAttribute("agent", agent);
				model.addAttribute("passwordError", error.message());
				return "admin/agent-form :: password";
			}
			response.setStatus(e.httpStatus());
			model.addAttribute("passwordError", error.message());
			return form(model, AgentForm.of(agent), agent, null, locale);
		}
	}

	private static void refuseSelfLockout(AgentView agent, AgentDraft draft) {
		AgentPrincipal me = AgentPrincipal.current();
		if (me != null && me.id().equals(agent.id())
				&& (!Role.ADMIN.key().equals(draft.role()) || Boolean.FALSE.equals(draft.enabled()))) {
			throw DomainException.ruleBroken("admin.self_lockout",
					"you cannot take away your own admin role or disable your own account");
		}
	}

	private String form(Model model, AgentForm form, @Nullable AgentView agent, @Nullable FormError error,
			Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("agent", agent);
		model.addAttribute("error", error);
		model.addAttribute("roles", roles());
		model.addAttribute("teams", teams.all());
		model.addAttribute("languages", AdminChoices.languages(locale, form.getLanguages()));
		model.addAttribute("zones", TimeZoneChoices.groups(clock.instant(), form.getTimeZone()));
		model.addAttribute("uiLocales", AdminChoices.uiLocales(uiLocales, form.getLocale()));
		if (agent != null) {
			Viewer viewer = Viewer.of(locale);
			model.addAttribute("created", viewer.dateTime(agent.createdAt()));
			model.addAttribute("updated", viewer.dateTime(agent.updatedAt()));
		}
		return "admin/agent-form";
	}

	private static List<String> roles() {
		return Arrays.stream(Role.values()).map(Role::key).toList();
	}
}
