package dev.meridian.shared;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * HTML that is safe to show an agent: formatting, links, tables and images survive; scripts, forms, styles
 * that could overlay the page and event handlers do not.
 */
public record SanitizedHtml(String html) {

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.TABLES)
		.and(Sanitizers.IMAGES)
		.and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "span", "div", "br")
			.allowAttributes("title").globally()
			.toFactory());

	public static SanitizedHtml of(String untrusted) {
		return new SanitizedHtml(POLICY.sanitize(untrusted));
	}

	/** The text a reader sees, with paragraph and line breaks kept. */
	public static String plainText(String html) {
		Document document = Jsoup.parse(html);
		document.outputSettings().prettyPrint(false);
		document.select("br").before("\n");
		document.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote, pre").after("\n");
		return document.wholeText().replaceAll("[ \\t\\x0B\\f\\r]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
	}
}
