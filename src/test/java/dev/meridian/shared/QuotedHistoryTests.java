package dev.meridian.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules that tell where a message's quoted history and signature start, one by one. */
class QuotedHistoryTests {

	@ParameterizedTest
	@ValueSource(strings = {
			"On Tue, Mar 3, 2026 at 2:05 PM Ana <support@bergwelt.example> wrote:",
			"On 3 Mar 2026, at 14:05, Ana <support@bergwelt.example> wrote:",
			"Am Di., 3. März 2026 um 14:05 Uhr schrieb Ana <support@bergwelt.example>:",
			"Am 03.03.26 um 14:05 schrieb Bergwelt Support:",
			"Le mar. 3 mars 2026 à 14:05, Ana <support@bergwelt.example> a écrit :",
			"El mar, 3 mar 2026 a las 14:05, Ana (<support@bergwelt.example>) escribió:",
			"Il giorno mar 3 mar 2026 alle ore 14:05 Ana <support@bergwelt.example> ha scritto:",
			"Em ter., 3 de mar. de 2026 às 14:05, Ana <support@bergwelt.example> escreveu:",
			"Op di 3 mrt 2026 om 14:05 schreef Ana <support@bergwelt.example>:",
			"Ana <support@bergwelt.example> 于2026年3月3日周二 14:05写道：",
			"在 2026-03-03 14:05:11，\"Bergwelt Support\" <support@bergwelt.example> 写道：",
			"Ana <support@bergwelt.example> 於 2026年3月3日 週二 下午2:05寫道：",
			"2026年3月3日(火) 14:05 Ana <support@bergwelt.example>:",
			"2026/03/03 14:05、Ana <support@bergwelt.example>のメール:",
			"2026년 3월 3일 (화) 오후 2:05, Ana <support@bergwelt.example>님이 작성:",
			"вт, 3 мар. 2026 г. в 14:05, Ana <support@bergwelt.example>:",
			"-----Original Message-----",
			"-----Ursprüngliche Nachricht-----",
			"------------------ 原始邮件 ------------------",
			"-- " })
	void eachOfTheseStartsTheQuotedPart(String marker) {
		QuotedHistory split = QuotedHistory.ofText("Thanks, that helps.\n\n" + marker + "\n> earlier text\n");
		if (marker.startsWith("вт,")) {
			// Russian Gmail names no verb; such a line alone is not taken for an attribution, the quote marks still are
			assertThat(split.main()).isEqualTo("Thanks, that helps.\n\n" + marker);
			return;
		}
		assertThat(split.main()).isEqualTo("Thanks, that helps.");
		assertThat(split.quoted()).startsWith(marker);
	}

	@Test
	void outlooksHeaderBlockStartsTheQuoteInSeveralLanguages() {
		for (String[] header : new String[][] { { "From:", "Sent:" }, { "Von:", "Gesendet:" }, { "De :", "Envoyé :" },
				{ "发件人:", "发送时间:" }, { "差出人:", "送信日時:" }, { "寄件者:", "寄件日期:" } }) {
			QuotedHistory split = QuotedHistory.ofText("Danke!\n\n" + header[0] + " Ana <support@bergwelt.example>\n"
					+ header[1] + " 3.3.2026 14:05\n\nEarlier text");
			assertThat(split.main()).as(header[0]).isEqualTo("Danke!");
			assertThat(split.quoted()).startsWith(header[0]);
		}
	}

	@Test
	void textThatOnlyLooksLikeAnAttributionStaysInTheMessage() {
		String text = "My friend wrote:\nthe size chart is wrong.\nFrom: the product page, I mean.";
		assertThat(QuotedHistory.ofText(text).collapsed()).isFalse();
	}

	@Test
	void aMessageThatIsNothingButAQuoteIsShownWhole() {
		String text = "> Your parcel is on its way.\n> Ana";
		QuotedHistory split = QuotedHistory.ofText(text);
		assertThat(split.collapsed()).isFalse();
		assertThat(split.main()).isEqualTo(text);
	}

	@Test
	void aGmailAttributionWrappedOverTwoLinesIsRecognised() {
		QuotedHistory split = QuotedHistory.ofText("Thanks!\n\nOn Tue, Mar 3, 2026 at 2:05 PM Bergwelt Support <\n"
				+ "support@bergwelt.example> wrote:\n\n> Hello");
		assertThat(split.main()).isEqualTo("Thanks!");
	}

	@Test
	void inHtmlATrailingBlockquoteAndItsAttributionFoldAway() {
		String html = "<div>Thanks, it arrived.</div><div><br></div><div>On Tue, Mar 3, 2026 at 2:05 PM Ana "
				+ "&lt;support@bergwelt.example&gt; wrote:</div><blockquote><div>Your parcel is on its way.</div></blockquote>";
		QuotedHistory split = QuotedHistory.ofHtml(SanitizedHtml.of(html).html());
		assertThat(split.main()).contains("Thanks, it arrived.").doesNotContain("wrote:");
		assertThat(split.quoted()).contains("wrote:").contains("<blockquote>").contains("Your parcel is on its way.");
	}

	@Test
	void inHtmlAQuoteWithTextAfterItIsNotFolded() {
		String html = "<blockquote>Which size?</blockquote><p>Size 43.</p><blockquote>Colour?</blockquote><p>Black.</p>";
		assertThat(QuotedHistory.ofHtml(html).collapsed()).isFalse();
	}

	@Test
	void splittingNeverLetsMarkupThrough() {
		String html = "<div>Hello</div><div>-- </div><div>Ana<img src=x onerror=alert(1)></div>";
		QuotedHistory split = QuotedHistory.ofHtml(html);
		assertThat(split.main()).isEqualTo("<div>Hello</div>");
		assertThat(split.quoted()).contains("Ana").doesNotContain("onerror");
	}
}
