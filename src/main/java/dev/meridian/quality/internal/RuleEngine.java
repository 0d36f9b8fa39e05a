package dev.meridian.quality.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import dev.meridian.quality.InspectionRuleView;
import dev.meridian.quality.Party;
import dev.meridian.quality.RequiredElement;
import dev.meridian.quality.RuleSpec;
import dev.meridian.quality.internal.Conversation.LaterContact;
import dev.meridian.quality.internal.Conversation.Line;
import dev.meridian.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * The one engine that evaluates every kind of inspection rule. Compiled once for a set of rules (patterns built,
 * phrase lists merged with the built-in ones), then applied to any number of conversations; it holds no state
 * between conversations and is safe to share between threads.
 */
public final class RuleEngine {

	/** No rule reports more than this many hits on one conversation: the evidence stays readable. */
	static final int MAX_FINDINGS_PER_RULE = 20;

	private static final int EXCERPT_LENGTH = 200;

	/** 13 to 19 digits, optionally grouped by single spaces or dashes, not inside a longer number. */
	private static final Pattern CARD = Pattern.compile("(?<![\\d-])\\d(?:[ -]?\\d){12,18}(?![\\d])");

	/**
	 * "password", 密码, パスワード, Passwort ... then an optional "is", colon, 是 ..., then the secret: six or more
	 * non-space characters with at least one digit or symbol (sentence punctuation at its end aside), so that "your
	 * password is reset;" does not count.
	 */
	private static final Pattern PASSWORD = Pattern.compile(
			"(?:password|passcode|pwd|密码|密碼|口令|パスワード|暗証番号|passwort|kennwort|mot de passe|contraseña)"
					+ "\\s*(?:is|was|ist|est|es|は|是|为|為|：|:|=)?\\s*(?:[:：=]\\s*)?[「\"'“]?"
					+ "([^\\s「」\"'“”。、，,]{6,64})",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern SECRET_CHARACTER = Pattern.compile("[\\d#$%&*@!+=_~^?-]");

	private final List<Compiled> rules;

	private RuleEngine(List<Compiled> rules) {
		this.rules = rules;
	}

	/** Compiles the enabled rules among {@code rules}. */
	public static RuleEngine of(List<InspectionRuleView> rules) {
		List<Compiled> compiled = new ArrayList<>();
		for (InspectionRuleView rule : rules) {
			if (rule.enabled()) {
				compiled.add(compile(rule.id().value(), rule.item(), rule.spec()));
			}
		}
		return new RuleEngine(List.copyOf(compiled));
	}

	/** Checks that a rule compiles, with a clear error for a bad regular expression. */
	public static void check(RuleSpec spec) {
		compile(0, "check", spec);
	}

	public List<Finding> inspect(Conversation conversation, BusinessTime businessTime) {
		List<Finding> findings = new ArrayList<>();
		for (Compiled rule : rules) {
			List<Finding> found = new ArrayList<>();
			rule.evaluate(conversation, businessTime, found);
			findings.addAll(found.size() > MAX_FINDINGS_PER_RULE ? found.subList(0, MAX_FINDINGS_PER_RULE) : found);
		}
		return findings;
	}

	private static Compiled compile(long id, String item, RuleSpec spec) {
		Head head = new Head(id, spec.kindKey(), item);
		if (spec instanceof RuleSpec.Keywords k) {
			return new Matching(head, k.target(), LanguageLists.of(k.phrases(), Phrases::compile));
		}
		if (spec instanceof RuleSpec.Patterns p) {
			return new Matching(head, p.target(), LanguageLists.of(p.patterns(), RuleEngine::regex));
		}
		if (spec instanceof RuleSpec.Required r) {
			return new Required(head, r.element(), LanguageLists.of(merge(builtIn(r.element()), r.phrases()),
					Phrases::compile), LanguageLists.of(Phrases.COMPLAINT, Phrases::compile));
		}
		if (spec instanceof RuleSpec.ResponseGap g) {
			return new Gap(head, Duration.ofMinutes(g.minutes()), g.businessHours());
		}
		if (spec instanceof RuleSpec.NegativeEnding n) {
			return new NegativeEnding(head, n.threshold());
		}
		if (spec instanceof RuleSpec.RepeatContact r) {
			return new Repeat(head, Duration.ofDays(r.days()));
		}
		RuleSpec.SensitiveData s = (RuleSpec.SensitiveData) spec;
		return new Sensitive(head, s.cardNumbers(), s.passwords());
	}

	private static Map<String, List<String>> builtIn(RequiredElement element) {
		return switch (element) {
			case GREETING -> Phrases.GREETING;
			case CLOSING -> Phrases.CLOSING;
			case APOLOGY_AFTER_COMPLAINT -> Phrases.APOLOGY;
		};
	}

	private static Map<String, List<String>> merge(Map<String, List<String>> a, Map<String, List<String>> b) {
		Map<String, List<String>> merged = new HashMap<>();
		a.forEach((k, v) -> merged.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
		b.forEach((k, v) -> merged.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
		return merged;
	}

	private static @Nullable Pattern regex(List<String> patterns) {
		List<String> cleaned = patterns.stream().filter(p -> !p.isBlank()).toList();
		if (cleaned.isEmpty()) {
			return null;
		}
		StringBuilder alternatives = new StringBuilder();
		for (String pattern : cleaned) {
			try {
				Pattern.compile(pattern);
			}
			catch (PatternSyntaxException e) {
				throw new DomainException(DomainException.Kind.MALFORMED, "inspection_rule.invalid_pattern",
						"'" + pattern + "' is not a valid regular expression: " + e.getDescription(), List.of(pattern));
			}
			alternatives.append(alternatives.isEmpty() ? "" : "|").append("(?:").append(pattern).append(')');
		}
		return Pattern.compile(alternatives.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	private record Head(long id, String kind, String item) {

		Finding at(Line line, int start, int end, @Nullable String detail) {
			return new Finding(id, kind, item, line.messageId(), start, end, excerpt(line.text(), start, end), detail);
		}

		Finding masked(Line line, int start, int end, String shown) {
			return new Finding(id, kind, item, line.messageId(), start, end, shown, null);
		}
	}

	private static String excerpt(String text, int start, int end) {
		String span = text.substring(start, end);
		return span.length() <= EXCERPT_LENGTH ? span : span.substring(0, EXCERPT_LENGTH - 1) + "…";
	}

	/** The language a message is matched in: its own if detected, else the conversation's, else unknown. */
	private static @Nullable String language(Line line, Conversation conversation) {
		if (line.language() != null && !line.language().isBlank() && !line.language().equals("und")) {
			return line.language();
		}
		String ticket = conversation.language();
		return ticket == null || ticket.isBlank() || ticket.equals("und") ? null : ticket;
	}

	/** The first line of a message's text (at most 200 characters): where a greeting belongs. */
	private static int[] firstLine(String text) {
		int end = text.indexOf('\n');
		end = end < 0 ? text.length() : end;
		return new int[] { 0, Math.min(end, EXCERPT_LENGTH) };
	}

	/** The last non-empty line of a message's text: where a closing belongs. */
	private static int[] lastLine(String text) {
		String trimmed = text.stripTrailing();
		int start = trimmed.lastIndexOf('\n') + 1;
		return new int[] { Math.max(start, trimmed.length() - EXCERPT_LENGTH), trimmed.length() };
	}

	private sealed interface Compiled {

		void evaluate(Conversation conversation, BusinessTime time, List<Finding> found);
	}

	private record Matching(Head head, Party target, LanguageLists<Pattern> lists) implements Compiled {

		@Override
		public void evaluate(Conversation conversation, BusinessTime time, List<Finding> found) {
			for (Line line : conversation.lines()) {
				if (line.party() != target) {
					continue;
				}
				for (Pattern pattern : lists.forLanguage(language(line, conversation))) {
					Matcher m = pattern.matcher(line.text());
					while (m.find() && found.size() <= MAX_FINDINGS_PER_RULE) {
						if (m.end() > m.start()) {
							found.add(head.at(line, m.start(), m.end(), null));
						}
					}
				}
			}
		}
	}

	private record Required(Head head, RequiredElement element, LanguageLists<Pattern> phrases,
			LanguageLists<Pattern> complaints) implements Compiled {

		/** How far into the first reply a greeting may come, and how near the end of the last a closing. */
		private static final int REACH = 300;

		@Override
		public void evaluate(Conversation conversation, BusinessTime time, List<Finding> found) {
			List<Line> lines = conversation.lines();
			switch (element) {
				case GREETING -> lines.stream().filter(l -> l.party() == Party.AGENT).findFirst().ifPresent(first -> {
					String opening = first.text().substring(0, Math.min(REACH, first.text().length()));
					if (!contains(phrases, opening, language(first, conversation))) {
						int[] span = firstLine(first.text());
						found.add(head.at(first, span[0], span[1], null));
					}
				});
				case CLOSING -> {
					Line last = null;
					for (Line line : lines) {
						last = line.party() == Party.AGENT ? line : last;
					}
					if (last != null) {
						String text = last.text();
						String ending = text.substring(Math.max(0, text.length() - REACH));
						if (!contains(phrases, ending, language(last, conversation))) {
							int[] span = lastLine(text);
							found.add(head.at(last, span[0], span[1], null));
						}
					}
				}
				case APOLOGY_AFTER_COMPLAINT -> {
					Line complaint = null;
					int[] span = null;
					for (Line line : lines) {
						String language = language(line, conversation);
						if (line.party() == Party.CUSTOMER && complaint == null) {
							span = find(complaints, line.text(), language);
							complaint = span == null ? null : line;
						}
						else if (line.party() == Party.AGENT && complaint != null) {
							if (!contains(phrases, line.text(), language)) {
								found.add(head.at(complaint, span[0], span[1], null));
							}
							complaint = null;
						}
					}
				}
			}
		}

		private static boolean contains(LanguageLists<Pattern> lists, String text, @Nullable String language) {
			return find(lists, text, language) != null;
		}

		private static int @Nullable [] find(LanguageLists<Pattern> lists, String text, @Nullable String language) {
			for (Pattern pattern : lists.forLanguage(language)) {
				Matcher m = pattern.matcher(text);
				if (m.find()) {
					return new int[] { m.start(), m.end() };
				}
			}
			return null;
		}
	}

	private record Gap(Head head, Duration limit, boolean businessHours) implements Compiled {

		@Override
		public void evaluate(Conversation conversation, BusinessTime time, List<Finding> found) {
			BusinessTime clock = businessHours ? time : BusinessTime.CALENDAR;
			Instant waitingSince = null;
			for (Line line : conversation.lines()) {
				if (line.party() == Party.CUSTOMER) {
					waitingSince = waitingSince == null ? line.at() : waitingSince;
				}
				else if (waitingSince != null) {
					Duration waited = clock.between(waitingSince, line.at());
					if (waited.compareTo(limit) > 0) {
						int[] span = firstLine(line.text());
						found.add(head.at(line, span[0], span[1], Long.toString(waited.toMinutes())));
					}
					waitingSince = null;
				}
			}
		}
	}

	private record NegativeEnding(Head head, int threshold) implements Compiled {

		@Override
		public void evaluate(Conversation conversation, BusinessTime time, List<Finding> found) {
			List<Line> lines = conversation.lines();
			for (int i = lines.size() - 1; i >= 0; i--) {
				Line line = lines.get(i);
				if (line.party() == Party.CUSTOMER) {
					SentimentLexicon.Sentiment sentiment = SentimentLexicon.score(line.text(), language(line, conversation));
					if (sentiment.score() <= threshold && sentiment.negativeStart() >= 0) {
						found.add(head.at(line, sentiment.negativeStart(), sentiment.negativeEnd(),
								Integer.toString(sentiment.score())));
					}
					return;
				}
			}
		}
	}

	private record Repeat(Head head, Duration within) implements Compiled {

		@Override
		public void evaluate(Conversation conversation, BusinessTime time, List<Finding> found) {
			Instant solved = conversation.solvedAt();
			if (solved == null) {
				return;
			}
			for (LaterContact later : conversation.laterContacts()) {
				if (later.openedAt().isAfter(solved) && !later.openedAt().isAfter(solved.plus(within))) {
					found.add(new Finding(head.id(), head.kind(), head.item(), null, 0, 0, "#" + later.ticketNumber(),
							Long.toString(later.ticketNumber())));
					return;
				}
			}
		}
	}

	private record Sensitive(Head head, boolean cards, boolean passwords) implements Compiled {

		@Override
		public void evaluate(Conversation conversation, BusinessTime time, List<Finding> found) {
			for (Line line : conversation.lines()) {
				if (line.party() != Party.AGENT) {
					continue;
				}
				if (cards) {
					Matcher m = CARD.matcher(line.text());
					while (m.find()) {
						String digits = m.group().replaceAll("[ -]", "");
						if (digits.length() >= 13 && digits.length() <= 19 && Luhn.valid(digits)) {
							found.add(head.masked(line, m.start(), m.end(), "•••• " + digits.substring(digits.length() - 4)));
						}
					}
				}
				if (passwords) {
					Matcher m = PASSWORD.matcher(line.text());
					while (m.find()) {
						int end = m.end(1);
						while (end > m.start(1) && ".,;:".indexOf(line.text().charAt(end - 1)) >= 0) {
							end--;
						}
						String secret = line.text().substring(m.start(1), end);
						if (secret.length() >= 6 && SECRET_CHARACTER.matcher(secret).find()) {
							found.add(head.masked(line, m.start(1), end, "••••••"));
						}
					}
				}
			}
		}
	}
}
