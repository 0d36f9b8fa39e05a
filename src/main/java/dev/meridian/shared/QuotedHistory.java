package dev.meridian.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * A message split for display: what the sender wrote this time ({@code main}), and below it the quoted history and
 * signature ({@code quoted}, or {@code null} when there is none), which the conversation folds away behind a toggle.
 * Nothing is removed: {@code main + quoted} is the whole message, and the stored message stays as it came.
 *
 * <p>What counts as the start of the quoted part, in the order mail programs write it:
 * <ul>
 * <li>an attribution line, "On Tue, 3 Mar 2026 at 14:05, Jonas Weber &lt;jonas@…&gt; wrote:" in English, German ("Am
 * … schrieb …:"), French, Spanish, Italian, Portuguese, Dutch, Swedish, Polish, Russian, Turkish, Chinese ("… 写道："),
 * Japanese ("2026年3月3日(火) 14:05 … &lt;…&gt;:", "…のメール:", "…書きました:") and Korean; it must carry a date or an
 * address, so "My friend wrote:" in the customer's own text is not taken for one;</li>
 * <li>Outlook's header block ("From: … Sent: …", "Von: … Gesendet: …", "发件人: … 发送时间: …", "差出人: … 送信日時: …"),
 * alone or after a rule of underscores, and "-----Original Message-----" or "------------------ 原始邮件
 * ------------------";</li>
 * <li>a {@code blockquote} that nothing but more quotes follows (Gmail, Apple Mail, Thunderbird), or in plain text a
 * run of "&gt;" lines that ends the message (quotes with answers between them stay open: the answers are the
 * message);</li>
 * <li>the "-- " line that starts a signature.</li>
 * </ul>
 * A message that would be empty without its quoted part is shown whole.
 */
public record QuotedHistory(String main, @Nullable String quoted) {

	/** The verbs of attribution lines, at the end of the line before a colon. */
	private static final Pattern ATTRIBUTION = Pattern.compile("(?iu)^.{0,300}?(?:"
			+ "\\bwrote|\\bwrites|\\bschrieb(?:\\s.{1,120})?|a écrit|escribió|ha scritto|escreveu|schreef(?:\\s.{1,120})?"
			+ "|skrev|napisał|napisała|написал|написала|написал\\(а\\)|yazdı|đã viết|menulis|kirjoitti"
			+ "|写道|寫道|のメール|書きました|님이 작성|님이 씀)\\s*[:：]\\s*$");

	/** Japanese Gmail writes the date and the sender only: "2026年3月3日(火) 14:05 山田太郎 <taro@example.jp>:". */
	private static final Pattern JAPANESE_ATTRIBUTION = Pattern.compile(
			"^\\s*\\d{4}年\\d{1,2}月\\d{1,2}日.{0,200}[:：]\\s*$");

	private static final Pattern EVIDENCE = Pattern.compile("[0-9@<]|\\d{4}年");

	private static final Pattern ORIGINAL_MESSAGE = Pattern.compile("(?iu)^\\s*-{2,}\\s*(?:original message"
			+ "|ursprüngliche nachricht|originalnachricht|message d'origine|mensaje original|messaggio originale"
			+ "|mensagem original|oorspronkelijk bericht|ursprungligt meddelande|oryginalna wiadomość"
			+ "|исходное сообщение|原始邮件|原始郵件|元のメッセージ|원본 메시지)\\s*-{2,}\\s*$");

	private static final Pattern HEADER_FROM = Pattern.compile("(?iu)^\\s*\\*?(?:from|von|de|da|van|från|od|от"
			+ "|发件人|發件人|寄件者|差出人|보낸 사람)\\s*\\*?\\s*[:：]");

	private static final Pattern HEADER_SENT = Pattern.compile("(?iu)^\\s*\\*?(?:sent|date|gesendet|datum|envoyé"
			+ "|enviado|enviada|fecha|inviato|data|verzonden|skickat|wysłano|отправлено|发送时间|發送時間|时间|時間|日期"
			+ "|寄件日期|送信日時|日時|보낸 날짜)\\s*\\*?\\s*[:：]");

	/** The second half of an attribution Gmail wrapped inside the address: "jonas@example.de> wrote:". */
	private static final Pattern WRAPPED_ADDRESS = Pattern.compile("^\\s*[^\\s<>]+@[^\\s<>]+>");

	private static final Pattern UNDERSCORE_RULE = Pattern.compile("^\\s*_{10,}\\s*$");

	/** How many lines after "From:" the "Sent:" of the same header block may come. */
	private static final int HEADER_SPAN = 5;

	public boolean collapsed() {
		return quoted != null;
	}

	/** Splits a plain-text message. */
	public static QuotedHistory ofText(String text) {
		String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (startsQuote(lines, i)) {
				String main = String.join("\n", java.util.Arrays.copyOfRange(lines, 0, i)).stripTrailing();
				if (main.isBlank()) {
					return new QuotedHistory(text, null);
				}
				return new QuotedHistory(main, String.join("\n", java.util.Arrays.copyOfRange(lines, i, lines.length)));
			}
		}
		return new QuotedHistory(text, null);
	}

	/**
	 * Splits sanitized HTML (see {@link SanitizedHtml}); both parts are fragments of it. The cut may lie deep inside
	 * wrappers (Apple Mail and Outlook nest the quote in a few {@code div}s): each part keeps the wrappers around its
	 * own nodes, so neither loses its line breaks.
	 */
	public static QuotedHistory ofHtml(String html) {
		Element body = Jsoup.parseBodyFragment(html).body();
		List<Node> order = new ArrayList<>();
		NodeTraversor.traverse((node, depth) -> order.add(node), body);
		order.remove(0);
		Node cut = null;
		for (int i = 0; i < order.size() && cut == null; i++) {
			cut = cutAt(order, i);
		}
		if (cut == null) {
			return new QuotedHistory(html, null);
		}
		List<Integer> path = pathOf(cut, body);
		Element main = body.clone();
		Element quoted = body.clone();
		keepBefore(main, path);
		keepFrom(quoted, path);
		if (!visible(main)) {
			return new QuotedHistory(html, null);
		}
		// each part is re-sanitized: splitting re-serialized the markup, and what reaches th:utext is always clean
		return new QuotedHistory(SanitizedHtml.of(main.html()).html().strip(),
				SanitizedHtml.of(quoted.html()).html().strip());
	}

	/** The node where the quoted part starts, if it starts at {@code order[i]}. */
	private static @Nullable Node cutAt(List<Node> order, int i) {
		Node node = order.get(i);
		if (node instanceof Element element && element.normalName().equals("blockquote")) {
			if (!onlyQuotesAfter(order, element)) {
				return null;
			}
			Node attribution = unitBefore(order, i);
			return attribution != null && attribution(text(attribution).strip().replace('\n', ' ')) ? attribution : element;
		}
		if (!unit(node)) {
			return null;
		}
		String[] lines = nonBlank(text(node).split("\n", -1));
		if (lines.length == 0) {
			return null;
		}
		String first = lines[0].strip();
		if (first.startsWith("-- ") || first.equals("--") || first.equals("—") || text(node).startsWith("-- ")) {
			return node;
		}
		if (ORIGINAL_MESSAGE.matcher(first).matches()) {
			return node;
		}
		if (HEADER_FROM.matcher(first).find() && headerBlockFollows(lines, 0)) {
			// Outlook draws a rule above its header block; the rule belongs to the quote
			Node before = node.previousSibling();
			while (before instanceof TextNode blank && blank.isBlank()) {
				before = blank.previousSibling();
			}
			return before instanceof Element rule && rule.normalName().equals("hr") ? rule : node;
		}
		if (lines.length <= 2 && attribution(String.join(" ", lines).strip())) {
			Node next = unitAfter(order, node);
			return next instanceof Element element && element.normalName().equals("blockquote") ? node : null;
		}
		return null;
	}

	/** Whether nothing but blank text and more quotes comes after {@code quote}. */
	private static boolean onlyQuotesAfter(List<Node> order, Element quote) {
		int from = order.indexOf(quote);
		for (int j = from + 1; j < order.size(); j++) {
			Node node = order.get(j);
			if (insideQuote(node) || node == quote) {
				continue;
			}
			if (node instanceof TextNode text && !text.isBlank()) {
				return false;
			}
			if (node instanceof Element element && element.normalName().equals("img")) {
				return false;
			}
		}
		return true;
	}

	private static boolean insideQuote(Node node) {
		for (Node parent = node.parentNode(); parent != null; parent = parent.parentNode()) {
			if (parent instanceof Element element && element.normalName().equals("blockquote")) {
				return true;
			}
		}
		return false;
	}

	/** The last unit with text before {@code order[i]}, skipping the nodes that contain it. */
	private static @Nullable Node unitBefore(List<Node> order, int i) {
		Node target = order.get(i);
		for (int j = i - 1; j >= 0; j--) {
			Node node = order.get(j);
			if (isAncestor(node, target) || !unit(node) || text(node).isBlank()) {
				continue;
			}
			return node;
		}
		return null;
	}

	/** The next unit with text, or blockquote, after {@code node} and outside it. */
	private static @Nullable Node unitAfter(List<Node> order, Node node) {
		int from = order.indexOf(node);
		for (int j = from + 1; j < order.size(); j++) {
			Node next = order.get(j);
			if (isAncestor(node, next)) {
				continue;
			}
			if (next instanceof Element element && element.normalName().equals("blockquote")) {
				return next;
			}
			if (unit(next) && !text(next).isBlank()) {
				return next;
			}
		}
		return null;
	}

	private static boolean isAncestor(Node ancestor, Node node) {
		for (Node parent = node.parentNode(); parent != null; parent = parent.parentNode()) {
			if (parent == ancestor) {
				return true;
			}
		}
		return false;
	}

	private static final java.util.Set<String> BLOCKS = java.util.Set.of("div", "p", "blockquote", "table", "tbody",
			"tr", "td", "th", "ul", "ol", "li", "hr", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "dl", "dt", "dd");

	/**
	 * A line of the message: an element with no block inside it (a paragraph, a plain div), or text that stands
	 * between blocks.
	 */
	private static boolean unit(Node node) {
		if (node instanceof TextNode) {
			Node parent = node.parentNode();
			return parent instanceof Element element && element.children().stream()
				.anyMatch(child -> BLOCKS.contains(child.normalName()));
		}
		if (node instanceof Element element && BLOCKS.contains(element.normalName())
				&& !element.normalName().equals("blockquote")) {
			return element.getAllElements().stream().skip(1).noneMatch(child -> BLOCKS.contains(child.normalName()));
		}
		return false;
	}

	private static String text(Node node) {
		if (node instanceof TextNode text) {
			return text.getWholeText().replace('\u00a0', ' ');
		}
		return SanitizedHtml.plainText(node.outerHtml()).replace('\u00a0', ' ');
	}

	private static List<Integer> pathOf(Node node, Element root) {
		List<Integer> path = new ArrayList<>();
		for (Node at = node; at != root; at = at.parentNode()) {
			path.add(0, at.siblingIndex());
		}
		return path;
	}

	/** Removes the node at {@code path} and everything after it, at its level and every level above. */
	private static void keepBefore(Element root, List<Integer> path) {
		Node parent = root;
		for (int level = 0; level < path.size(); level++) {
			int index = path.get(level);
			boolean last = level == path.size() - 1;
			List<Node> children = new ArrayList<>(parent.childNodes());
			for (int j = children.size() - 1; j > index || last && j == index; j--) {
				children.get(j).remove();
			}
			if (last) {
				break;
			}
			parent = parent.childNode(index);
		}
	}

	/** Removes everything before the node at {@code path}, at its level and every level above. */
	private static void keepFrom(Element root, List<Integer> path) {
		Node parent = root;
		for (int index : path) {
			List<Node> children = new ArrayList<>(parent.childNodes());
			for (int j = 0; j < index; j++) {
				children.get(j).remove();
			}
			parent = parent.childNode(0);
		}
	}

	private static boolean visible(Element element) {
		return !SanitizedHtml.plainText(element.html()).isBlank() || !element.select("img").isEmpty();
	}

	private static boolean startsQuote(String[] lines, int i) {
		String line = lines[i];
		if (line.equals("-- ") || line.strip().equals("--") || line.strip().equals("—")) {
			return true;
		}
		if (attribution(line) || ORIGINAL_MESSAGE.matcher(line).matches()) {
			return true;
		}
		// Gmail wraps a long attribution: "On Tue, Mar 3, 2026 at 2:05 PM Jonas Weber <" / "jonas@example.de> wrote:"
		if (i + 1 < lines.length && (line.stripTrailing().endsWith("<") || WRAPPED_ADDRESS.matcher(lines[i + 1]).find())
				&& attribution(line.strip() + " " + lines[i + 1].strip())) {
			return true;
		}
		if (HEADER_FROM.matcher(line).find() && headerBlockFollows(lines, i)) {
			return true;
		}
		if (UNDERSCORE_RULE.matcher(line).matches()) {
			for (int j = i + 1; j < lines.length && j <= i + 2; j++) {
				if (HEADER_FROM.matcher(lines[j]).find()) {
					return true;
				}
			}
		}
		if (quoteMark(line)) {
			for (int j = i; j < lines.length; j++) {
				if (!lines[j].isBlank() && !quoteMark(lines[j])) {
					return false;
				}
			}
			return true;
		}
		return false;
	}

	private static boolean headerBlockFollows(String[] lines, int from) {
		for (int j = from + 1; j < lines.length && j <= from + HEADER_SPAN; j++) {
			if (HEADER_SENT.matcher(lines[j]).find()) {
				return true;
			}
		}
		return false;
	}

	private static boolean quoteMark(String line) {
		String stripped = line.stripLeading();
		return stripped.startsWith(">") || stripped.startsWith("＞");
	}

	private static boolean attribution(String line) {
		String stripped = line.strip();
		if (stripped.length() > 400 || !EVIDENCE.matcher(stripped).find()) {
			return false;
		}
		return ATTRIBUTION.matcher(stripped).matches() || JAPANESE_ATTRIBUTION.matcher(stripped).matches();
	}

	private static String[] nonBlank(String[] lines) {
		return java.util.Arrays.stream(lines).filter(l -> !l.isBlank()).toArray(String[]::new);
	}

}
