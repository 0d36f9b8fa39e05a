package dev.meridian.channel.email.web;

import java.util.Locale;

import dev.meridian.channel.email.ConnectionReport;
import dev.meridian.channel.email.MailboxId;
import dev.meridian.channel.email.MailboxView;
import dev.meridian.channel.email.Mailboxes;
import dev.meridian.identity.Brands;
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

/** Admin pages for mailboxes: list, add, edit, test the connection, delete. Passwords are never shown. */
@Controller
@RequestMapping("/admin/mailboxes")
@PreAuthorize("hasAuthority('channel:write')")
class MailboxPages {

	/** A refused form in the viewer's language, shaped as the shared admin form-error fragment expects. */
	record PageError(String code, String message) {

		public boolean on(String field) {
			return code.contains(field.toLowerCase(Locale.ROOT));
		}
	}

	private final Mailboxes mailboxes;
	private final Brands brands;
	private final MessageSource messages;

	MailboxPages(Mailboxes mailboxes, Brands brands, MessageSource messages) {
		this.mailboxes = mailboxes;
		this.brands = brands;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("mailboxes", mailboxes.all());
		model.addAttribute("brandNames", brandNames());
		return "email/mailboxes";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		return form(model, new MailboxForm(), null, null, null);
	}

	@PostMapping
	String create(@ModelAttribute("form") MailboxForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		try {
			MailboxView created = mailboxes.create(form.toDraft(null));
			redirect.addFlashAttribute("flash", messages.getMessage("email.mailboxes.created",
					new Object[] { created.address() }, locale));
			return "redirect:/admin/mailboxes";
		}
		catch (DomainException e) {
			response.setStatus(e.httpStatus());
			return form(model, form, null, error(e, locale), null);
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable String id, Model model) {
		MailboxView mailbox = mailboxes.get(MailboxId.parse(id));
		return form(model, MailboxForm.of(mailbox), mailbox, null, null);
	}

	@PostMapping("/{id}")
	String update(@PathVariable String id, @ModelAttribute("form") MailboxForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		MailboxView mailbox = mailboxes.get(MailboxId.parse(id));
		try {
			MailboxView saved = mailboxes.update(mailbox.id(), form.toDraft(mailbox));
			redirect.addFlashAttribute("flash", messages.getMessage("email.mailboxes.updated",
					new Object[] { saved.address() }, locale));
			return "redirect:/admin/mailboxes";
		}
		catch (DomainException e) {
			response.setStatus(e.httpStatus());
			return form(model, form, mailbox, error(e, locale), null);
		}
	}

	@PostMapping("/{id}/test")
	String test(@PathVariable String id, Model model, HttpServletResponse response, Locale locale) {
		MailboxView mailbox = mailboxes.get(MailboxId.parse(id));
		try {
			return form(model, MailboxForm.of(mailbox), mailbox, null, mailboxes.test(mailbox.id()));
		}
		catch (DomainException e) {
			response.setStatus(e.httpStatus());
			return form(model, MailboxForm.of(mailbox), mailbox, error(e, locale), null);
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable String id, RedirectAttributes redirect, Locale locale) {
		MailboxView mailbox = mailboxes.get(MailboxId.parse(id));
		mailboxes.delete(mailbox.id());
		redirect.addFlashAttribute("flash", messages.getMessage("email.mailboxes.deleted",
				new Object[] { mailbox.address() }, locale));
		return "redirect:/admin/mailboxes";
	}

	private String form(Model model, MailboxForm form, @Nullable MailboxView mailbox, @Nullable PageError error,
			@Nullable ConnectionReport report) {
		model.addAttribute("form", form);
		model.addAttribute("mailbox", mailbox);
		model.addAttribute("error", error);
		model.addAttribute("report", report);
		model.addAttribute("brands", brands.all());
		return "email/mailbox-form";
	}

	private java.util.Map<String, String> brandNames() {
		java.util.Map<String, String> names = new java.util.HashMap<>();
		brands.all().forEach(b -> names.put(b.id().toString(), b.name()));
		return names;
	}

	private PageError error(DomainException e, Locale locale) {
		return new PageError(e.code(), messages.getMessage("error." + e.code(), null, e.getMessage(), locale));
	}

}
