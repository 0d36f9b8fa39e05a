package dev.meridian.automation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import dev.meridian.automation.WebhookDraft;
import dev.meridian.automation.WebhookId;
import dev.meridian.automation.WebhookView;
import dev.meridian.automation.Webhooks;
import dev.meridian.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin pages for webhooks: the subscriptions, the form, and each subscription's delivery log with a button that
 * sends a delivery again. A new secret is shown once, right after it was made.
 */
@Controller
@RequestMapping("/admin/webhooks")
@PreAuthorize("hasAuthority('automation:write')")
class WebhookPages {

	static final int LOG = 50;

	private final Webhooks webhooks;
	private final MessageSource messages;

	WebhookPages(Webhooks webhooks, MessageSource messages) {
		this.webhooks = webhooks;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("webhooks", webhooks.all());
		return "automation/webhooks";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		return form(model, null, "", "", new TreeSet<>(Webhooks.EVENTS), true, null);
	}

	@PostMapping
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String url,
			@RequestParam(required = false) @Nullable List<String> events, @RequestParam(defaultValue = "false") boolean enabled,
			Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		Set<String> chosen = events == null ? Set.of() : new TreeSet<>(events);
		try {
			WebhookView created = webhooks.create(new WebhookDraft(name, url, chosen, enabled));
			redirect.addFlashAttribute("secret", created.secret());
			return "redirect:/admin/webhooks/" + created.id();
		}
		catch (DomainException e) {
			response.setStatus(AutomationErrors.status(e).value());
			return form(model, null, name, url, chosen, enabled, AutomationErrors.message(e, messages, locale));
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable String id, Model model) {
		WebhookView webhook = webhooks.get(WebhookId.parse(id));
		model.addAttribute("deliveries", webhooks.deliveries(webhook.id(), LOG, null));
		return form(model, webhook, webhook.name(), webhook.url(), webhook.events(), webhook.enabled(), null);
	}

	@PostMapping("/{id}")
	String update(@PathVariable String id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String url, @RequestParam(required = false) @Nullable List<String> events,
			@RequestParam(defaultValue = "false") boolean enabled, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		WebhookId webhookId = WebhookId.parse(id);
		Set<String> chosen = events == null ? Set.of() : new TreeSet<>(events);
		try {
			WebhookView saved = webhooks.update(webhookId, new WebhookDraft(name, url, chosen, enabled));
			redirect.addFlashAttribute("flash", messages.getMessage("automation.webhooks.saved",
					new Object[] { saved.name() }, locale));
			return "redirect:/admin/webhooks/" + webhookId;
		}
		catch (DomainException e) {
			response.setStatus(AutomationErrors.status(e).value());
			WebhookView webhook = webhooks.get(webhookId);
			model.addAttribute("deliveries", webhooks.deliveries(webhookId, LOG, null));
			return form(model, webhook, name, url, chosen, enabled, AutomationErrors.message(e, messages, locale));
		}
	}

	@PostMapping("/{id}/secret")
	String rotate(@PathVariable String id, RedirectAttributes redirect) {
		WebhookView rotated = webhooks.rotateSecret(WebhookId.parse(id));
		redirect.addFlashAttribute("secret", rotated.secret());
		return "redirect:/admin/webhooks/" + rotated.id();
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable String id, RedirectAttributes redirect, Locale locale) {
		WebhookId webhookId = WebhookId.parse(id);
		String name = webhooks.get(webhookId).name();
		webhooks.delete(webhookId);
		redirect.addFlashAttribute("flash", messages.getMessage("automation.webhooks.deleted", new Object[] { name }, locale));
		return "redirect:/admin/webhooks";
	}

	@PostMapping("/{id}/deliveries/{delivery}/redeliver")
	String redeliver(@PathVariable String id, @PathVariable long delivery, RedirectAttributes redirect, Locale locale) {
		var again = webhooks.redeliver(WebhookId.parse(id), delivery);
		redirect.addFlashAttribute("flash", messages.getMessage("automation.webhooks.redelivered",
				new Object[] { again.redeliveryOf() }, locale));
		return "redirect:/admin/webhooks/" + id;
	}

	private String form(Model model, @Nullable WebhookView webhook, String name, String url, Set<String> events,
			boolean enabled, @Nullable String error) {
		model.addAttribute("webhook", webhook);
		model.addAttribute("name", name);
		model.addAttribute("url", url);
		model.addAttribute("chosen", events);
		model.addAttribute("enabled", enabled);
		model.addAttribute("events", new ArrayList<>(new TreeSet<>(Webhooks.EVENTS)));
		model.addAttribute("error", error);
		if (!model.containsAttribute("deliveries")) {
			model.addAttribute("deliveries", List.of());
		}
		return "automation/webhook";
	}
}
