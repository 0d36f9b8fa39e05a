package dev.meridian.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.meridian.quality.InspectionRuleId;
import dev.meridian.quality.InspectionRuleView;
import dev.meridian.quality.Party;
import dev.meridian.quality.RequiredElement;
import dev.meridian.quality.RuleSpec;
import dev.meridian.quality.internal.Conversation.LaterContact;
import dev.meridian.quality.internal.Conversation.Line;
import dev.meridian.shared.DomainException;
import org.junit.jupiter.api.Test;

/**
 * The rule engine on conversations in Chinese, Japanese, German and English: each hit names the message and the
 * exact span of text that shows it.
 */
class RuleEngineTests {

	private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

	private final List<Line> lines = new ArrayList<>();

	private static InspectionRuleView rule(long id, String item, RuleSpec spec) {
		return new InspectionRuleView(new InspectionRuleId(id), "rule " + id, item, true, spec, T0, T0);
	}

	private Line say(Party party, String text, int minutesAfterStart) {
		Line line = new Line(lines.size() + 100L, party, text, null, T0.plus(Duration.ofMinutes(minutesAfterStart)));
		lines.add(line);
		return line;
	}

	private List<Finding> inspect(String language, InspectionRuleView... rules) {
		return inspect(language, List.of(), BusinessTime.CALENDAR, rules);
	}

	private List<Finding> inspect(String language, List<LaterContact> later, BusinessTime time,
			InspectionRuleView... rules) {
		Instant solved = lines.isEmpty() ? T0 : lines.get(lines.size() - 1).at().plusSeconds(60);
		return RuleEngine.of(List.of(rules)).inspect(new Conversation(1, language, solved, lines, later), time);
	}

	private static String span(Line line, Finding f) {
		return line.text().substring(f.start(), f.end());
	}

	@Test
	void findsAForbiddenChinesePhraseWithItsSpan() {
		say(Party.CUSTOMER, "我的快递三天了还没到", 0);
		Line reply = say(Party.AGENT, "您好，这个不关我的事，爱买不买。", 5);
		InspectionRuleView forbidden = rule(1, "forbidden_words",
				new RuleSpec.Keywords(Party.AGENT, Map.of("zh", List.of("不关我的事", "爱买不买"), "en", List.of("stupid"))));

		List<Finding> hits = inspect("zh-CN", forbidden);

		assertThat(hits).hasSize(2).allMatch(f -> f.messageId() == reply.messageId() && f.item().equals("forbidden_words"));
		assertThat(hits).extracting(f -> span(reply, f)).containsExactly("不关我的事", "爱买不买");
		assertThat(hits.get(0).start()).isEqualTo(reply.text().indexOf("不关我的事"));
		assertThat(hits.get(0).excerpt()).isEqualTo("不关我的事");
	}

	@Test
	void matchesEnglishPhrasesAsWholeWordsOnly() {
		Line reply = say(Party.AGENT, "Hi, this is not my problem. Stupidity aside, regards", 1);
		InspectionRuleView forbidden = rule(1, "forbidden_words",
				new RuleSpec.Keywords(Party.AGENT, Map.of("en", List.of("not my problem", "stupid", "hi"))));

		List<Finding> hits = inspect("en", forbidden);

		// "Hi" matches at the start, but neither "this" (hi) nor "Stupidity" (stupid) do.
		assertThat(hits).extracting(f -> span(reply, f)).containsExactly("Hi", "not my problem");
	}

	@Test
	void appliesAListOnlyToMessagesInItsLanguage() {
		say(Party.AGENT, "Das ist nicht mein Problem.", 1);
		InspectionRuleView englishOnly = rule(1, "forbidden_words",
				new RuleSpec.Keywords(Party.AGENT, Map.of("en", List.of("Problem"))));
		InspectionRuleView german = rule(2, "forbidden_words",
				new RuleSpec.Keywords(Party.AGENT, Map.of("de", List.of("nicht mein Problem"))));

		assertThat(inspect("de", englishOnly)).isEmpty();
		assertThat(inspect("de", german)).singleElement().satisfies(f -> assertThat(f.start()).isEqualTo(8));
		// A conversation whose language is unknown gets every list.
		assertThat(inspect(null, englishOnly)).hasSize(1);
	}

	@Test
	void findsAGermanPromiseOutsidePolicyByPattern() {
		Line reply = say(Party.AGENT, "Guten Tag, ich garantiere Ihnen eine volle Erstattung, auch ohne Rücksendung.", 3);
		InspectionRuleView promise = rule(1, "policy_promise", new RuleSpec.Patterns(Party.AGENT,
				Map.of("de", List.of("(garantier|versprech)\\w*.{0,40}(volle Erstattung|kostenlosen Ersatz)"))));

		Finding hit = inspect("de", promise).get(0);

		assertThat(span(reply, hit)).isEqualTo("garantiere Ihnen eine volle Erstattung");
	}

	@Test
	void refusesAnInvalidRegularExpressionWithItsOwnCode() {
		assertThatThrownBy(() -> RuleEngine.check(new RuleSpec.Patterns(Party.AGENT, Map.of("en", List.of("(unclosed")))))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).code())
			.isEqualTo("inspection_rule.invalid_pattern");
	}

	@Test
	void aJapaneseReplyWithoutGreetingOrClosingIsFlaggedOnItsFirstAndLastLine() {
		say(Party.CUSTOMER, "注文した商品がまだ届いていません。", 0);
		Line reply = say(Party.AGENT, "確認します。\n明日発送予定です。", 10);
		InspectionRuleView greeting = rule(1, "greeting", new RuleSpec.Required(RequiredElement.GREETING, Map.of()));
		InspectionRuleView closing = rule(2, "closing", new RuleSpec.Required(RequiredElement.CLOSING, Map.of()));

		List<Finding> hits = inspect("ja", greeting, closing);

		assertThat(hits).extracting(Finding::item).containsExactly("greeting", "closing");
		assertThat(span(reply, hits.get(0))).isEqualTo("確認します。");
		assertThat(span(reply, hits.get(1))).isEqualTo("明日発送予定です。");
	}

	@Test
	void aPoliteJapaneseReplyPassesTheRequiredElements() {
		say(Party.CUSTOMER, "注文した商品がまだ届いていません。", 0);
		say(Party.AGENT, "山田様\nお問い合わせいただきありがとうございます。大変申し訳ございません。明日発送いたします。\n"
				+ "今後ともよろしくお願いいたします。", 10);

		assertThat(inspect("ja", rule(1, "greeting", new RuleSpec.Required(RequiredElement.GREETING, Map.of())),
				rule(2, "closing", new RuleSpec.Required(RequiredElement.CLOSING, Map.of())),
				rule(3, "apology", new RuleSpec.Required(RequiredElement.APOLOGY_AFTER_COMPLAINT, Map.of()))))
			.isEmpty();
	}

	@Test
	void aGermanComplaintWithoutApologyPointsAtTheComplaint() {
		Line complaint = say(Party.CUSTOMER, "Die Lampe kam kaputt an, ich bin enttäuscht.", 0);
		say(Party.AGENT, "Hallo, bitte senden Sie ein Foto. Viele Grüße", 20);
		InspectionRuleView apology = rule(1, "apology",
				new RuleSpec.Required(RequiredElement.APOLOGY_AFTER_COMPLAINT, Map.of()));

		Finding hit = inspect("de", apology).get(0);

		assertThat(hit.messageId()).isEqualTo(complaint.messageId());
		assertThat(span(complaint, hit)).isEqualTo("kaputt");
	}

	@Test
	void anApologyInTheReplyAfterTheComplaintSatisfiesTheRule() {
		say(Party.CUSTOMER, "This is unacceptable, the parcel is damaged.", 0);
		say(Party.AGENT, "Hello, I am so sorry about that. A replacement ships today.", 20);

		assertThat(inspect("en", rule(1, "apology",
				new RuleSpec.Required(RequiredElement.APOLOGY_AFTER_COMPLAINT, Map.of())))).isEmpty();
	}

	@Test
	void measuresReplyGapsInBusinessTimeFromTheFirstUnansweredMessage() {
		say(Party.CUSTOMER, "Where is my order?", 0);
		say(Party.CUSTOMER, "Hello??", 30);
		Line late = say(Party.AGENT, "Hi, it ships today.\nRegards", 24 * 60);
		say(Party.CUSTOMER, "Thanks", 24 * 60 + 5);
		say(Party.AGENT, "You're welcome!", 24 * 60 + 10);
		InspectionRuleView gap = rule(1, "response_time", new RuleSpec.ResponseGap(60, true));

		// Business time counts only a quarter of the clock here: the 24 hours are 6 business hours.
		BusinessTime quarter = (from, to) -> Duration.between(from, to).dividedBy(4);
		Finding hit = inspect("en", List.of(), quarter, gap).get(0);

		assertThat(hit.messageId()).isEqualTo(late.messageId());
		assertThat(hit.detail()).isEqualTo("360");
		assertThat(span(late, hit)).isEqualTo("Hi, it ships today.");
		// In calendar time the gap rule without business hours sees 24 hours.
		assertThat(inspect("en", List.of(), quarter, rule(2, "response_time", new RuleSpec.ResponseGap(60, false))))
			.singleElement()
			.satisfies(f -> assertThat(f.detail()).isEqualTo("1440"));
	}

	@Test
	void aConversationEndingInAngerIsFlaggedOnTheNegativeWordsInEachLanguage() {
		InspectionRuleView negative = rule(1, "satisfied_ending", new RuleSpec.NegativeEnding(-1));
		for (String[] c : new String[][] { { "zh-CN", "还是没解决，太差了，我要给差评！", "太差了，我要给差评" },
				{ "ja", "最悪です。本当にがっかりしました。", "最悪です。本当にがっかり" },
				{ "de", "Ich bin enttäuscht, nie wieder!", "enttäuscht, nie wieder" },
				{ "en", "Thanks for nothing, this is useless and I am not happy.", "useless and I am not happy" } }) {
			lines.clear();
			say(Party.AGENT, "Hello", 0);
			Line last = say(Party.CUSTOMER, c[1], 5);
			Finding hit = inspect(c[0], negative).get(0);
			assertThat(span(last, hit)).as(c[0]).isEqualTo(c[2]);
		}
	}

	@Test
	void aThankfulOrMixedEndingIsNotNegative() {
		InspectionRuleView negative = rule(1, "satisfied_ending", new RuleSpec.NegativeEnding(-1));
		say(Party.CUSTOMER, "非常满意，谢谢！", 0);
		assertThat(inspect("zh", negative)).isEmpty();
		lines.clear();
		say(Party.CUSTOMER, "Ich war zuerst sauer, aber jetzt zufrieden. Danke!", 0);
		assertThat(inspect("de", negative)).isEmpty();
	}

	@Test
	void findsACardNumberByLuhnButNotAnOrderNumber() {
		Line reply = say(Party.AGENT, "Order 1234567890123 is paid with card 4111 1111 1111 1111, ok?", 1);
		InspectionRuleView sensitive = rule(1, "sensitive_data", new RuleSpec.SensitiveData(true, true));

		Finding hit = inspect("en", sensitive).get(0);

		assertThat(inspect("en", sensitive)).hasSize(1);
		assertThat(span(reply, hit)).isEqualTo("4111 1111 1111 1111");
		assertThat(hit.excerpt()).isEqualTo("•••• 1111").doesNotContain("4111");
	}

	@Test
	void findsPasswordsInSeveralLanguagesButNotTalkAboutThem() {
		InspectionRuleView sensitive = rule(1, "sensitive_data", new RuleSpec.SensitiveData(false, true));
		for (String[] c : new String[][] { { "Your new password is Xy7#pq2!", "Xy7#pq2!" },
				{ "您的密码是：abc12345", "abc12345" }, { "パスワードは「Tok10ab」です", "Tok10ab" },
				{ "Ihr Passwort: Sommer2026", "Sommer2026" } }) {
			lines.clear();
			Line reply = say(Party.AGENT, c[0], 1);
			assertThat(inspect(null, sensitive)).as(c[0]).singleElement()
				.satisfies(f -> assertThat(span(reply, f)).isEqualTo(c[1]));
		}
		lines.clear();
		say(Party.AGENT, "Your password is reset; please choose a new password.", 1);
		assertThat(inspect("en", sensitive)).isEmpty();
	}

	@Test
	void aCustomerWhoOpensAnotherTicketWithinSevenDaysOfTheSolveIsARepeatContact() {
		say(Party.CUSTOMER, "Where is my parcel?", 0);
		say(Party.AGENT, "Hello, it is on the way.", 5);
		Instant solved = T0.plus(Duration.ofMinutes(6));
		InspectionRuleView repeat = rule(1, "resolved", new RuleSpec.RepeatContact(7));

		List<Finding> hits = inspect("en", List.of(new LaterContact(77, solved.plus(Duration.ofDays(3)))),
				BusinessTime.CALENDAR, repeat);
		assertThat(hits).singleElement().satisfies(f -> {
			assertThat(f.messageId()).isNull();
			assertThat(f.detail()).isEqualTo("77");
		});
		assertThat(inspect("en", List.of(new LaterContact(78, solved.plus(Duration.ofDays(8)))), BusinessTime.CALENDAR,
				repeat)).isEmpty();
	}
}
