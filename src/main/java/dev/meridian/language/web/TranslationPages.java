package dev.meridian.language.web;

import java.util.Locale;

import dev.meridian.identity.AgentPrincipal;
import dev.meridian.language.TranslationResult;
import dev.meridian.language.Translations;
import dev.meridian.shared.LanguageTag;
import dev.meridian.ticket.MessageId;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The translation parts of the ticket page, loaded by htmx: a message translated into the agent's language beside
 * the original, and the composer's preview of the agent's reply in the customer's language, which the agent edits
 * before sending. When no provider is configured or it fails, the fragment says so and the original stands.
 */
@Controller
@PreAuthorize("hasAuthority('ticket:read')")
class TranslationPages {

	private final Translations translations;
	private final Tickets tickets;

	TranslationPages(Translations translations, Tickets tickets) {
		this.translations = translations;
		this.tickets = tickets;
	}

	/** A message of the ticket in the agent's language, to show beside the original. */
	@GetMapping("/tickets/{ticketId}/messages/{messageId}/translation")
	String message(@PathVariable String ticketId, @PathVariable String messageId,
			@AuthenticationPrincipal AgentPrincipal me, Model model) {
		TranslationResult result = translations.translateMessage(TicketId.parse(ticketId), MessageId.parse(messageId),
				agentLanguage(me));
		model.addAttribute("result", result);
		model.addAttribute("messageId", messageId);
		return "language/translation :: message";
	}

	/**
	 * The agent's draft ({@code body}, in the agent's language) translated into the ticket's language, in a text
	 * field the agent can edit; the reply then sends that text and keeps the draft as the agent's original.
	 */
	@PostMapping("/tickets/{ticketId}/composer/translation")
	String preview(@PathVariable String ticketId, @RequestParam(required = false) @Nullable String body,
			@AuthenticationPrincipal AgentPrincipal me, Model model) {
		TicketView ticket = tickets.get(TicketId.parse(ticketId));
		String source = agentLanguage(me);
		model.addAttribute("source", source);
		if (body == null || body.isBlank()) {
			model.addAttribute("emptyDraft", true);
			return "language/translation :: preview";
		}
		if (!LanguageTag.known(ticket.language())) {
			model.addAttribute("unknownTarget", true);
			return "language/translation :: preview";
		}
		model.addAttribute("result", translations.translate(body, source, ticket.language()));
		return "language/translation :: preview";
	}

	private static String agentLanguage(AgentPrincipal me) {
		String tag = me.locale().toLanguageTag();
		return LanguageTag.known(tag) ? LanguageTag.normalize(tag) : Locale.ENGLISH.toLanguageTag();
	}
}
