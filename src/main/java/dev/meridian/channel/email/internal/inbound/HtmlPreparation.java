package dev.meridian.channel.email.internal.inbound;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import dev.meridian.shared.SanitizedHtml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Step 9: makes the HTML safe to show. Inline images ({@code cid:}) point at the message's own parts; remote
 * images are blocked until the agent chooses to load them (their address moves to {@code data-src}, so opening a
 * mail tells no tracker that it was read); then {@link SanitizedHtml} removes scripts, forms and event handlers.
 */
@Component
@Order(90)
class HtmlPreparation implements InboundStep {

	@Override
	public void apply(Inbound inbound) {
		inbound.html = prepare(inbound.mail().html(), inbound.rawMailId());
	}

	static @Nullable String prepare(@Nullable String html, long rawMailId) {
		if (html == null || html.isBlank()) {
			return null;
		}
		Document document = Jsoup.parse(html);
		for (Element image : document.select("img")) {
			String src = image.attr("src").strip();
			String lower = src.toLowerCase(Locale.ROOT);
			image.removeAttr("src");
			if (lower.startsWith("cid:")) {
				String cid = src.substring(4).replaceAll("^<|>$", "");
				image.attr("src", inlineUrl(rawMailId, cid));
			}
			else if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//")) {
				image.attr("data-src", src);
				if (!image.hasAttr("alt")) {
					image.attr("alt", "remote image");
				}
			}
		}
		for (Element element : document.select("[background]")) {
			element.removeAttr("background");
		}
		markQuotes(document);
		String sanitized = SanitizedHtml.of(document.body().html()).html().strip();
		return sanitized.isEmpty() ? null : sanitized;
	}

	/**
	 * The sanitizer drops classes and ids, and with them the marks mail programs put on quoted history. Gmail's and
	 * Yahoo's quote containers become {@code blockquote}s, and Outlook's reply header (with the rule above it and
	 * everything after it) is wrapped in one, so the conversation can fold the history away
	 * ({@link dev.meridian.shared.QuotedHistory}). Only the wrapping changes; every word stays.
	 */
	static void markQuotes(Document document) {
		for (Element quote : document.select("div.gmail_quote, div.yahoo_quoted")) {
			if (quote.parents().stream().noneMatch(p -> p.is("blockquote, div.gmail_quote, div.yahoo_quoted"))) {
				quote.tagName("blockquote");
			}
		}
		Element header = document.selectFirst("div#divRplyFwdMsg, div#appendonsend");
		if (header == null || header.parent() == null) {
			return;
		}
		Element previous = header.previousElementSibling();
		Element first = previous != null && previous.normalName().equals("hr") ? previous : header;
		if (header.id().equals("appendonsend")) {
			// an empty marker: the quote starts with the rule or header right after it
			Element next = header.nextElementSibling();
			if (next == null) {
				return;
			}
			first = next;
		}
		Element quote = new Element("blockquote");
		first.before(quote);
		java.util.List<org.jsoup.nodes.Node> rest = new java.util.ArrayList<>(
				quote.parent().childNodes().subList(quote.siblingIndex() + 1, quote.parent().childNodeSize()));
		for (org.jsoup.nodes.Node node : rest) {
			quote.appendChild(node);
		}
	}

	static String inlineUrl(long rawMailId, String cid) {
		// base64url keeps any Content-ID (with @, %, / ...) one clean path segment
		return "/mail/inline/" + rawMailId + "/"
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(cid.getBytes(StandardCharsets.UTF_8));
	}
}
