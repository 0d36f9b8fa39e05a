package dev.meridian.shared;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * HTML that is safe to show an agent: formatting, links, tables and images survive; scripts, forms, styles
 * that could overlay the page and event handlers do not. A blocked remote image keeps its address in
 * {@code data-src}, which browsers never fetch, so the agent can choose to load it.
 */
public record SanitizedHtml(String html) {

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.TABLES)
		.and(Sanitizers.IMAGES)
		.and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "span", "div", "br", "img")
			.allowAttributes("title").globally()
			.allowAttributes("data-src")
				.matching(java.util.regex.Pattern.compile("(?:https?:)?//\\S+", java.util.regex.Pattern.CASE_INSENSITIVE))
				.onElements("img")
			.toFactory());

	public static SanitizedHtml of(String untrusted) {
		return new SanitizedHtml(POLICY.sanitize(untrusted));
	}

	/** The text a reader sees, with paragraph and line breaks kept. */
	public static String plainText(String html) {
		// One pass over the tree and over the lines: editing the tree (inserting a node per <br>) or a backtracking
		// regex over long whitespace runs made this quadratic, so a few megabytes of HTML took minutes.
		StringBuilder text = new StringBuilder(html.length());
		NodeTraversor.traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode textNode) {
					text.append(textNode.getWholeText());
				}
				else if (node instanceof Element element && element.normalName().equals("br")) {
					text.append('\n');
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && LINE_ENDING.contains(element.normalName())) {
					text.append('\n');
				}
			}
		}, Jsoup.parse(html).body());
		// Trailing blanks go, and at most one empty line separates paragraphs.
		StringBuilder lines = new StringBuilder(text.length());
		String[] parts = text.toString().split("\n", -1);
		int breaks = 0;
		for (int i = 0; i < parts.length; i++) {
			if (i > 0) {
				breaks++;
			}
			String kept = stripTrailingBlanks(parts[i]);
			if (!kept.isEmpty()) {
				lines.append("\n".repeat(lines.length() == 0 ? 0 : Math.min(breaks, 2))).append(kept);
				breaks = 0;
			}
		}
		return lines.toString().strip();
	}

	private static final Set<String> LINE_ENDING = Set.of("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
			"blockquote", "pre");

	private static String stripTrailingBlanks(String line) {
		int end = line.length();
		while (end > 0 && " \t\u000B\f\r".indexOf(line.charAt(end - 1)) >= 0) {
			end--;
		}
		return line.substring(0, end);
	}
}
