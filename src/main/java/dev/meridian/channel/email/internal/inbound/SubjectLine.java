package dev.meridian.channel.email.internal.inbound;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a subject says about threading: its reply and forward prefixes in the languages our customers write
 * (Re, AW, SV, Antw, RE, 回复, 答复, 回覆, 返信, Fwd, WG, TR, RV, 转发, 轉寄, 転送 ...), the ticket token
 * {@code [#1234]}, and the normalized subject that remains for matching.
 */
public final class SubjectLine {

	private static final String REPLY = "re|aw|sv|vs|antw|antwort|ref|rif|r|res|odp|ynt|atb|vá|回复|回覆|答复|答覆|返信|返复|회신|답장|ответ";
	private static final String FORWARD = "fwd|fw|wg|tr|rv|enc|doorst|pd|转发|轉寄|转寄|転送|전달|пересл";
	private static final Pattern PREFIX = Pattern.compile(
			"^\\s*(?:\\[[^\\]#]*\\]\\s*)?(" + REPLY + "|" + FORWARD + ")\\s*(?:\\[\\d+\\]|\\(\\d+\\))?\\s*[:：]\\s*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	private static final Pattern FORWARD_ONLY = Pattern.compile("^(?:fwd|fw|wg|tr|rv|enc|doorst|pd|转发|轉寄|转寄|転送|전달|пересл)$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	private static final Pattern TOKEN = Pattern.compile("\\[#(\\d{1,12})\\]");

	private SubjectLine() {
	}

	/** Whether the first prefix is a forward: a forwarded mail starts a new conversation. */
	public static boolean isForward(String subject) {
		Matcher m = PREFIX.matcher(subject);
		return m.find() && FORWARD_ONLY.matcher(m.group(1)).matches();
	}

	public static OptionalLong ticketNumber(String subject) {
		Matcher m = TOKEN.matcher(subject);
		return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
	}

	/** The subject without prefixes, token and extra spaces, lower-cased: equal for a mail and the replies to it. */
	public static String normalize(String subject) {
		String rest = TOKEN.matcher(subject).replaceAll(" ");
		Matcher m = PREFIX.matcher(rest);
		while (m.find()) {
			rest = rest.substring(m.end());
			m = PREFIX.matcher(rest);
		}
		String key = rest.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
		return key.length() > 500 ? key.substring(0, 500) : key;
	}

	public static String withToken(String subject, long number) {
		String token = "[#" + number + "]";
		if (subject.contains(token)) {
			return subject;
		}
		return subject + " " + token;
	}
}
