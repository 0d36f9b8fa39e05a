package dev.meridian.knowledge.web;

import java.util.List;

import dev.meridian.knowledge.Articles;
import dev.meridian.knowledge.ArticleVisibility;
import dev.meridian.knowledge.ShownArticle;
import dev.meridian.shared.SanitizedHtml;
import dev.meridian.ticket.TicketId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The composer's article picker beside the macros: the ticket's published articles, searched as the agent types,
 * each in the customer's language with a notice when it falls back to another; the page's script puts an
 * article's text, or a public article's help-centre link, into the reply.
 */
@Controller
@PreAuthorize("hasAuthority('ticket:write')")
class ArticlePicker {

	private final Articles articles;
	private final String publicUrl;

	ArticlePicker(Articles articles, @Value("${meridian.public-url}") String publicUrl) {
		this.articles = articles;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@GetMapping("/tickets/{id}/articles")
	String picker(@PathVariable String id, Model model) {
		return items(id, null, model, "knowledge/picker :: list");
	}

	@GetMapping("/tickets/{id}/articles/items")
	String search(@PathVariable String id, @RequestParam(required = false) @Nullable String q, Model model) {
		return items(id, q, model, "knowledge/picker :: items");
	}

	private String items(String id, @Nullable String q, Model model, String view) {
		TicketId ticket = TicketId.parse(id);
		model.addAttribute("ticketId", ticket);
		model.addAttribute("suggestions", articles.suggestionsFor(ticket, q).stream().map(this::item).toList());
		return view;
	}

	private Item item(ShownArticle shown) {
		String text = shown.shown().title() + "\n\n" + SanitizedHtml.plainText(shown.shown().body());
		String link = shown.article().visibility() == ArticleVisibility.PUBLIC
				? publicUrl + "/help/articles/" + shown.article().id() + "?lang=" + shown.language() : null;
		return new Item(shown, text, link, excerpt(SanitizedHtml.plainText(shown.shown().body())));
	}

	private static String excerpt(String text) {
		String line = text.replaceAll("\\s+", " ").strip();
		return line.length() <= 140 ? line : line.substring(0, 139) + "…";
	}

	/** One picker row: the article as shown, the text and link the script inserts, and a one-line excerpt. */
	record Item(ShownArticle shown, String text, @Nullable String link, String excerpt) {

		List<String> languages() {
			return List.copyOf(shown.article().translations().keySet());
		}
	}
}
