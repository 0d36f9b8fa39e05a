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
		String sanitized = SanitizedHtml.of(document.body().html()).html().strip();
		return sanitized.isEmpty() ? null : sanitized;
	}

	static String inlineUrl(long rawMailId, String cid) {
		// base64url keeps any Content-ID (with @, %, / ...) one clean path segment
		return "/mail/inline/" + rawMailId + "/"
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(cid.getBytes(StandardCharsets.UTF_8));
	}
}
