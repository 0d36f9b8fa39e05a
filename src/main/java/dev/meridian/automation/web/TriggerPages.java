package dev.meridian.automation.web;

import java.util.List;
import java.util.Locale;

import dev.meridian.automation.TriggerEvent;
import dev.meridian.automation.TriggerId;
import dev.meridian.automation.TriggerView;
import dev.meridian.automation.Triggers;
import dev.meridian.automation.internal.ConditionField;
import dev.meridian.identity.AgentView;
import dev.meridian.identity.Agents;
import dev.meridian.identity.TeamView;
import dev.meridian.identity.Teams;
import dev.meridian.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages for triggers: the ordered list with how often each fired, and the form. */
@Controller
@RequestMapping("/admin/triggers")
@PreAuthorize("hasAuthority('automation:write')")
class TriggerPages {

	static final List<String> OPERATORS = List.of("is", "is_not", "contains", "not_contains", "greater_than", "less_than");
	static final List<String> ACTIONS = List.of("set_status", "set_priority", "assign", "set_team", "add_tags",
			"remove_tags", "reply", "notify", "escalate", "webhook");

	private final Triggers triggers;
	private final Agents agents;
	private final Teams teams;
	private final MessageSource messages;

	TriggerPages(Triggers triggers, Agents agents, Teams teams, MessageSource messages) {
		this.triggers = triggers;
		this.agents = agents;
		this.teams = teams;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("triggers", triggers.all());
		return "automation/triggers";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		return form(model, TriggerForm.blank(), null, null);
	}

	@PostMapping
	String create(@ModelAttribute("form") TriggerForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		try {
			TriggerView created = triggers.create(form.toDraft(directory()), null);
			redirect.addFlashAttribute("flash", messages.getMessage("automation.triggers.created",
					new Object[] { created.name() }, locale));
			return "redirect:/admin/triggers";
		}
		catch (DomainException e) {
			response.setStatus(AutomationErrors.status(e).value());
			form.pad();
			return form(model, form, null, AutomationErrors.message(e, messages, locale));
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable String id, Model model) {
		TriggerView trigger = triggers.get(TriggerId.parse(id));
		return form(model, TriggerForm.of(trigger, directory()), trigger, null);
	}

	@PostMapping("/{id}")
	String update(@PathVariable String id, @ModelAttribute("form") TriggerForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		TriggerId triggerId = TriggerId.parse(id);
		try {
			TriggerView saved = triggers.update(triggerId, form.toDraft(directory()), null);
			redirect.addFlashAttribute("flash", messages.getMessage("automation.triggers.saved",
					new Object[] { saved.name() }, locale));
			return "redirect:/admin/triggers";
		}
		catch (DomainException e) {
			response.setStatus(AutomationErrors.status(e).value());
			form.pad();
			return form(model, form, triggers.get(triggerId), AutomationErrors.message(e, messages, locale));
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable String id, RedirectAttributes redirect, Locale locale) {
		TriggerId triggerId = TriggerId.parse(id);
		String name = triggers.get(triggerId).name();
		triggers.delete(triggerId);
		redirect.addFlashAttribute("flash", messages.getMessage("automation.triggers.deleted", new Object[] { name }, locale));
		return "redirect:/admin/triggers";
	}

	private String form(Model model, TriggerForm form, @Nullable TriggerView trigger, @Nullable String error) {
		model.addAttribute("form", form);
		model.addAttribute("trigger", trigger);
		model.addAttribute("error", error);
		model.addAttribute("events", List.of(TriggerEvent.values()).stream().map(TriggerEvent::key).toList());
		model.addAttribute("fields", ConditionField.keys());
		model.addAttribute("operators", OPERATORS);
		model.addAttribute("actionTypes", ACTIONS);
		return "automation/trigger-form";
	}

	/** Agents by email and teams by name on the page; a value that is already an id is kept. */
	private TriggerForm.Directory directory() {
		List<AgentView> allAgents = agents.all();
		List<TeamView> allTeams = teams.all();
		return new TriggerForm.Directory(
				id -> allAgents.stream().filter(a -> a.id().toString().equals(id)).map(AgentView::email).findFirst().orElse(id),
				email -> allAgents.stream().filter(a -> a.email().equalsIgnoreCase(email) || a.id().toString().equals(email))
					.map(a -> a.id().toString()).findFirst()
					.orElseThrow(() -> DomainException.ruleBroken("automation.unknown_agent", "no agent " + email)),
				id -> allTeams.stream().filter(t -> t.id().toString().equals(id)).map(TeamView::name).findFirst().orElse(id),
				name -> allTeams.stream().filter(t -> t.name().equalsIgnoreCase(name) || t.id().toString().equals(name))
					.map(t -> t.id().toString()).findFirst()
					.orElseThrow(() -> DomainException.ruleBroken("automation.unknown_team", "no team " + name)));
	}
}
