package dev.meridian.channel.email.internal.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import dev.meridian.shared.QuotedHistory;
import dev.meridian.shared.SanitizedHtml;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replies as Gmail (English and Japanese), Outlook desktop (German), Outlook on the web, Apple Mail (French),
 * Thunderbird (German), QQ Mail/Foxmail and NetEase (Chinese) write them, under {@code mail/quoted}: each goes through
 * the real parser and HTML preparation, and both its plain-text and its HTML body fold exactly the quoted history and
 * signature away, never a word of what the customer wrote this time, and never lose a word.
 */
class QuotedHistoryCorpusTests {

	static Stream<Arguments> replies() {
		return Stream.of(
				Arguments.of("gmail-en.eml", "The parcel is in Denver.", "your parcel left our warehouse yesterday"),
				Arguments.of("gmail-ja.eml", "明日、商品を返送いたします。", "サイズ交換を承ります"),
				Arguments.of("outlook-de.eml", "Ich schicke die Jacke heute zurück.", "anbei finden Sie das Rücksendeetikett"),
				Arguments.of("outlook-web-en.eml", "I can see the refund on my card statement now.",
						"we have refunded 89.90 EUR"),
				Arguments.of("apple-mail-fr.eml", "le nouveau code fonctionne", "voici un nouveau code"),
				Arguments.of("thunderbird-de.eml", "Kann ich stattdessen", "wir haben die Schuhe in Größe 39 heute verschickt"),
				Arguments.of("foxmail-zh.eml", "新的鞋子已经收到了", "新的 42 码已经寄出"),
				Arguments.of("netease-zh.eml", "请问我的退款什么时候能到账", "退款会在 3 到 5 个工作日内原路退回"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("replies")
	void theQuotedHistoryFoldsAwayAndTheReplyStays(String file, String reply, String quote) {
		ParsedMail mail = Corpus.parse("quoted/" + file);

		if (mail.text() != null) {
			QuotedHistory text = QuotedHistory.ofText(mail.text());
			assertThat(text.collapsed()).as("plain text of " + file).isTrue();
			assertThat(text.main()).contains(reply).doesNotContain(quote);
			assertThat(text.quoted()).contains(quote);
			assertThat(squeeze(text.main() + text.quoted())).as("nothing lost").isEqualTo(squeeze(mail.text()));
		}
		if (mail.html() != null) {
			String html = HtmlPreparation.prepare(mail.html(), 1);
			QuotedHistory split = QuotedHistory.ofHtml(html);
			assertThat(split.collapsed()).as("HTML of " + file).isTrue();
			assertThat(SanitizedHtml.plainText(split.main())).contains(reply).doesNotContain(quote);
			assertThat(SanitizedHtml.plainText(split.quoted())).contains(quote);
			assertThat(squeeze(SanitizedHtml.plainText(split.main()) + SanitizedHtml.plainText(split.quoted())))
				.as("nothing lost").isEqualTo(squeeze(SanitizedHtml.plainText(html)));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("replies")
	void theAttributionLineGoesWithTheQuote(String file, String reply, String quote) {
		ParsedMail mail = Corpus.parse("quoted/" + file);
		String main = mail.html() != null ? SanitizedHtml.plainText(QuotedHistory.ofHtml(
				HtmlPreparation.prepare(mail.html(), 1)).main()) : QuotedHistory.ofText(mail.text()).main();
		assertThat(main).doesNotContain("wrote:").doesNotContain("schrieb").doesNotContain("a écrit")
			.doesNotContain("写道").doesNotContain("Gesendet:").doesNotContain("Sent:").doesNotContain("原始邮件")
			.doesNotContain("support@bergwelt.example");
	}

	@org.junit.jupiter.api.Test
	void aSignatureAloneFoldsAwayBehindItsDelimiter() {
		ParsedMail mail = Corpus.parse("quoted/signature-only-en.eml");
		QuotedHistory split = QuotedHistory.ofText(mail.text());
		assertThat(split.main()).endsWith("Could you check with the\ncarrier, please?");
		assertThat(split.quoted()).startsWith("-- \nEmily Carter").contains("+1 503 555 0100");
	}

	@org.junit.jupiter.api.Test
	void answersBetweenQuotesStayOpen() {
		ParsedMail mail = Corpus.parse("quoted/inline-answers-en.eml");
		QuotedHistory split = QuotedHistory.ofText(mail.text());
		assertThat(split.collapsed()).isFalse();
		assertThat(split.main()).contains("Size 43, please.").contains("Yes, black again.");
	}

	@org.junit.jupiter.api.Test
	void gmailAndOutlookMarkupBecomesQuotesThatSurviveTheSanitizer() {
		String gmail = HtmlPreparation.prepare(Corpus.parse("quoted/gmail-en.eml").html(), 1);
		assertThat(gmail).contains("<blockquote>").doesNotContain("gmail_quote");
		String owa = HtmlPreparation.prepare(Corpus.parse("quoted/outlook-web-en.eml").html(), 1);
		assertThat(owa).containsPattern("(?s)<blockquote>\\s*<hr\\s*/?>.*From:.*we have refunded.*</blockquote>");
	}

	private static String squeeze(String text) {
		return text.replaceAll("[\\s\\u00a0]+", "");
	}
}
