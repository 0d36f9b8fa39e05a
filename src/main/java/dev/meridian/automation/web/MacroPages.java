package dev.meridian.automation.web;

import java.util.List;
import java.util.Locale;

import dev.meridian.automation.AppliedMacro;
import dev.meridian.automation.MacroId;
import dev.meridian.automation.MacroView;
import dev.meridian.automation.Macros;
import dev.meridian.automation.internal.ReplyTemplate;
import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.Permission;
import dev.meridian.identity.Teams;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.LanguageTag;
import dev.meridian.ticket.Priority;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.TicketStatus;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The macro pages: every agent manages their own macros here and sees the shared ones; those who configure
 * automation also manage the shared ones. In the ticket view, the composer's picker lists them and applying one
 * puts the rendered reply into the composer.
 */
@Controller
@PreAuthorize("hasAuthority('ticket:write')")
class MacroPages {

	/** Languages offered for a macro's texts; any other BCP 47 tag can be typed. */
	static final List<String> SUGGESTED_LANGUAGES = List.of("en", "de", "de-AT", "fr", "es", "it", "nl", "pl", "pt",
			"ja", "ko", "zh-CN", "zh-TW");

	private final Macros macros;
	private final Teams teams;
	private final MessageSource messages;

	MacroPages(Macros macros, Teams teams, MessageSource messages) {
		this.macros = macros;
		this.teams = teams;
		this.messages = messages;
	}

	@GetMapping("/macros")
	String list(@AuthenticationPrincipal AgentPrincipal me, Model model) {
		model.addAttribute("macros", macros.availableTo(me.id()));
		model.addAttribute("mayShare", me.may(Permission.AUTOMATION_WRITE));
		return "automation/macros";
	}

	@GetMapping("/macros/new")
	String createForm(@AuthenticationPrincipal AgentPrincipal me, Model model) {
		return form(model, me, MacroForm.blank(me.locale().toLanguageTag()), null, null);
	}

	@PostMapping("/macros")
	String create(@ModelAttribute("form") MacroForm form, @AuthenticationPrincipal AgentPrincipal me, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		try {
			MacroView created = macros.create(form.toDraft(), me.id(), me.may(Permission.AUTOMATION_WRITE));
			redirect.addFlashAttribute("flash", messages.getMessage("automation.macros.created",
					new Object[] { created.name() }, locale));
			return "redirect:/macros";
		}
		catch (DomainException e) {
			response.setStatus(AutomationErrors.status(e).value());
			form.pad();
			return form(model, me, form, null, AutomationErrors.message(e, messages, locale));
		}
	}

	@GetMapping("/macros/{id}/edit")
	String editForm(@PathVariable String id, @AuthenticationPrincipal AgentPrincipal me, Model model) {
		MacroView macro = macros.get(MacroId.parse(id), me.id());
		return form(model, me, MacroForm.of(macro), macro, null);
	}

	@PostMapping("/macros/{id}")
	String update(@PathVariable String id, @ModelAttribute("form") MacroForm form,
			@AuthenticationPrincipal AgentPrincipal me, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		MacroId macroId = MacroId.parse(id);
		try {
			MacroView saved = macros.update(macroId, form.toDraft(), me.id(), me.may(Permission.AUTOMATION_WRITE));
			redirect.addFlashAttribute("flash", messages.getMessage("automation.macros.saved",
					new Object[] { saved.name() }, locale));
			return "redirect:/macros";
		}
		catch (DomainException e) {
			response.setStatus(AutomationErrors.status(e).value());
			form.pad();
			return form(model, me, form, macros.get(macroId, me.id()), AutomationErrors.message(e, messages, locale));
		}
	}

	@PostMapping("/macros/{id}/delete")
	String delete(@PathVariable String id, @AuthenticationPrincipal AgentPrincipal me, RedirectAttributes redirect,
			Locale locale) {
		MacroId macroId = MacroId.parse(id);
		String name = macros.get(macroId, me.id()).name();
		macros.delete(macroId, me.id(), me.may(Permission.AUTOMATION_WRITE));
		redirect.addFlashAttribute("flash", messages.getMessage("automation.macros.deleted", new Object[] { name }, locale));
		return "redirect:/macros";
	}

	/** The composer's picker: the macros this agent may apply to the ticket. */
	@GetMapping("/tickets/{id}/macros")
	String picker(@PathVariable String id, @AuthenticationPrincipal AgentPrincipal me, Model model) {
		model.addAttribute("ticketId", TicketId.parse(id));
		model.addAttribute("macros", macros.availableTo(me.id()));
		return "automation/picker :: list";
	}

	/**
	 * Applies a macro from the composer: the field changes are made now; the rendered reply comes back for the
	 * page's script to put into the composer, where the agent reviews it before sending.
	 */
	@PostMapping("/tickets/{id}/macros/{macro}/apply")
	String apply(@PathVariable String id, @PathVariable String macro, @AuthenticationPrincipal AgentPrincipal me,
			Model model) {
		AppliedMacro applied = macros.apply(MacroId.parse(macro), TicketId.parse(id), me.id());
		model.addAttribute("applied", applied);
		return "automation/picker :: applied";
	}

	private String form(Model model, AgentPrincipal me, MacroForm form, @Nullable MacroView macro,
			@Nullable String error) {
		model.addAttribute("form", form);
		model.addAttribute("macro", macro);
		model.addAttribute("error", error);
		model.addAttribute("mayShare", me.may(Permission.AUTOMATION_WRITE));
		model.addAttribute("teams", teams.all());
		model.addAttribute("statuses", TicketStatus.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("placeholders", ReplyTemplate.KNOWN.stream().sorted().toList());
		model.addAttribute("suggestedLanguages", SUGGESTED_LANGUAGES.stream()
			.map(tag -> new LanguageOption(tag, LanguageTag.displayName(tag, me.locale())))
			.toList());
		return "automation/macro-form";
	}

	record LanguageOption(String tag, String name) {
	}
}
