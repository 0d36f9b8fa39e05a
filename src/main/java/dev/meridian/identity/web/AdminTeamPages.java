package dev.meridian.identity.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.meridian.identity.Agents;
import dev.meridian.identity.TeamId;
import dev.meridian.identity.TeamView;
import dev.meridian.identity.Teams;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.TimeZoneChoices;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
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
 * Teams: list with each team's local time (htmx refreshes it every minute), create, edit. The form shows
 * the local time of the zone being picked, so an admin can tell Asia/Manila from America/Manaus at a glance.
 */
@Controller
@RequestMapping("/admin/teams")
class AdminTeamPages {

	record TeamRow(String id, String name, String timeZone, String offset, String localTime, long agents,
			String created) {
	}

	private final Teams teams;
	private final Agents agents;
	private final MessageSource messages;
	private final Clock clock;

	AdminTeamPages(Teams teams, Agents agents, MessageSource messages, Clock clock) {
		this.teams = teams;
		this.agents = agents;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model, Locale locale, HttpServletRequest request) {
		Viewer viewer = Viewer.of(locale);
		Instant now = clock.instant();
		Map<TeamId, Long> members = agents.all().stream()
			.flatMap(a -> a.teams().stream())
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		model.addAttribute("teams", teams.all().stream()
			.map(t -> new TeamRow(t.id().toString(), t.name(), t.timeZone().getId(),
					TimeZoneChoices.offset(t.timeZone(), now), viewer.localTime(now, t.timeZone()),
					members.getOrDefault(t.id(), 0L), viewer.date(t.createdAt())))
			.toList());
		return AdminPages.partial(request) ? "admin/teams :: rows" : "admin/teams";
	}

	/** The local time in the zone being picked on the team form (an htmx fragment). */
	@GetMapping("/clock")
	String clock(@RequestParam(required = false) @Nullable String timeZone, Model model, Locale locale) {
		String text = "";
		if (timeZone != null) {
			try {
				ZoneId zone = ZoneId.of(timeZone);
				Instant now = clock.instant();
				text = messages.getMessage("admin.teams.local_time_now",
						new Object[] { Viewer.of(locale).localTime(now, zone), TimeZoneChoices.offset(zone, now) }, locale);
			}
			catch (DateTimeException e) {
				// an unknown zone shows no time; saving reports it
			}
		}
		model.addAttribute("clockText", text);
		return "admin/team-form :: clock";
	}

	@GetMapping("/new")
	String createForm(Model model, Locale locale) {
		return form(model, new TeamForm(), null, null, locale);
	}

	@PostMapping
	String create(@ModelAttribute("form") TeamForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		try {
			TeamView team = teams.create(form.toDraft());
			redirect.addFlashAttribute("flash", messages.getMessage("admin.teams.created", new Object[] { team.name() }, locale));
			return "redirect:/admin/teams";
		}
		catch (DomainException e) {
			response.setStatus(e.httpStatus());
			return form(model, form, null, FormError.of(e, messages, locale), locale);
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable String id, Model model, Locale locale) {
		TeamView team = teams.get(TeamId.parse(id));
		return form(model, TeamForm.of(team), team, null, locale);
	}

	@PostMapping("/{id}")
	String update(@PathVariable String id, @ModelAttribute("form") TeamForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		TeamView team = teams.get(TeamId.parse(id));
		try {
			TeamView saved = teams.update(team.id(), form.toDraft());
			redirect.addFlashAttribute("flash", messages.getMessage("admin.teams.updated", new Object[] { saved.name() }, locale));
			return "redirect:/admin/teams";
		}
		catch (DomainException e) {
			response.setStatus(e.httpStatus());
			return form(model, form, team, FormError.of(e, messages, locale), locale);
		}
	}

	private String form(Model model, TeamForm form, @Nullable TeamView team, @Nullable FormError error,
			Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("team", team);
		model.addAttribute("error", error);
		model.addAttribute("zones", TimeZoneChoices.groups(clock.instant(), form.getTimeZone()));
		clock(form.getTimeZone(), model, locale);
		return "admin/team-form";
	}
}
