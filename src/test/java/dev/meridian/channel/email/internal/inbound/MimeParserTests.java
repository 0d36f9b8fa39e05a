package dev.meridian.channel.email.internal.inbound;

import static dev.meridian.channel.email.internal.inbound.Corpus.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MimeParserTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			utf8-quoted-printable.eml   | Jürgen Weiß  | Wo bleibt meine Bestellung? | Können Sie bitte nachsehen?
			gb2312-labelled-gbk.eml     | 王喆          | 我的包裹还没到               | 请帮我查一下物流。谢谢！王喆
			gbk.eml                     | 李娜          | 退款申请                     | 收到的杯子是破的
			gb18030.eml                 | 陈晨          | 发票问题                     | 可以开具增值税发票吗？订单号在附件里。𠀀
			big5.eml                    | 張小明        | 商品尺寸不對                 | 可以換貨嗎？
			shift-jis.eml               | 田中太郎      | 注文した商品がまだ届きません   | 確認していただけますか？①
			iso-2022-jp.eml             | 鈴木花子      | 商品の交換について            | 交換をお願いします。
			euc-kr.eml                  | 김민수        | 배송 문의                    | 주문한 상품이 아직 도착하지 않았습니다.
			koi8-r.eml                  | Иван Петров   | Где мой заказ?              | Мой заказ до сих пор не пришёл.
			windows-1251.eml            | Ольга         | Возврат товара              | хочу вернуть товар
			windows-1252.eml            | Zoé Lefèvre   | Problème de livraison       | pouvez-vous m’aider ? Coût : 25 €
			windows-1250.eml            | Łukasz Żółć   | Zwrot pieniędzy             | proszę o zwrot pieniędzy
			latin1-labelled-utf8.eml    | Renée         | Commande annulée ?          | a été annulée sans raison
			unlabelled-gbk.eml          | buyer         | order question              | 我想修改收货地址。
			utf8-labelled-cp1252.eml    | José          | Devolución                  | quiero devolver el artículo. ¿Cómo
			split-encoded-words.eml     | buyer         | 退货退款                     | Please help.
			euc-jp.eml                  | 山田          | 返品の相談                   | 手続きを教えてください。
			iso-8859-2.eml              | Dvořák        | Reklamace zboží             | zboží přišlo poškozené.
			ks-c-5601.eml               | 이지은        | 환불 요청                    | 환불을 요청합니다. 똠방각하
			""")
	void readsEveryCharsetTheWaySendersMeantIt(String file, String fromName, String subject, String textPart) {
		ParsedMail mail = parse(file);
		assertThat(mail.from()).isNotNull();
		assertThat(mail.from().name()).isEqualTo(fromName);
		assertThat(mail.subject()).isEqualTo(subject);
		assertThat(mail.text()).contains(textPart).doesNotContain("\uFFFD");
	}

	@Test
	void readsThreadingHeadersAsLowerCaseIdsWithoutBrackets() {
		byte[] raw = """
				From: a@buyer.example
				To: support@shop.example
				Subject: Re: hi
				Message-ID: <ABC.123@Buyer.Example>
				In-Reply-To: <first@shop.example> (some client comment)
				References: <zero@shop.example>
				 <first@shop.example>

				text
				""".getBytes(StandardCharsets.US_ASCII);
		ParsedMail mail = new MimeParser().parse(raw);
		assertThat(mail.messageId()).isEqualTo("abc.123@buyer.example");
		assertThat(mail.inReplyTo()).isEqualTo("first@shop.example");
		assertThat(mail.references()).containsExactly("zero@shop.example", "first@shop.example");
	}

	@Test
	void prefersHtmlAlternativeAndKeepsThePlainText() {
		ParsedMail mail = parse("alternative-html.eml");
		assertThat(mail.text()).contains("blender stopped working");
		assertThat(mail.html()).contains("<b>blender</b>");
		assertThat(mail.attachments()).isEmpty();
	}

	@Test
	void keepsInlineImagesWithTheirContentIdAndAttachmentsWithRfc2231Names() {
		ParsedMail mail = parse("related-inline-and-attachment.eml");
		assertThat(mail.subject()).isEqualTo("Schaden an der Lieferung – Foto anbei");
		assertThat(mail.html()).contains("cid:photo1@buyer.example");
		assertThat(mail.attachments()).extracting(ParsedMail.Part::fileName)
			.containsExactly("photo.png", "发票 Rechnung ü.pdf");
		ParsedMail.Part photo = mail.attachments().get(0);
		assertThat(photo.inline()).isTrue();
		assertThat(photo.contentId()).isEqualTo("photo1@buyer.example");
		assertThat(photo.contentType()).isEqualTo("image/png");
		assertThat(photo.content()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
		ParsedMail.Part pdf = mail.attachments().get(1);
		assertThat(pdf.inline()).isFalse();
		assertThat(new String(pdf.content(), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4");
	}

	@Test
	void decodesRfc2047AttachmentNamesInLegacyCharsets() {
		ParsedMail mail = parse("rfc2047-filename.eml");
		assertThat(mail.subject()).isEqualTo("附件：发票");
		assertThat(mail.attachments()).extracting(ParsedMail.Part::fileName).containsExactly("发票.txt");
	}

	@Test
	void takesHtmlOnlyMail() {
		ParsedMail mail = parse("html-only.eml");
		assertThat(mail.text()).isNull();
		assertThat(mail.html()).contains("size 40");
	}

	@Test
	void readsAutomaticMailMarkers() {
		assertThat(parse("auto-reply.eml").marker("Auto-Submitted")).isEqualTo("auto-replied");
		assertThat(parse("precedence-bulk.eml").marker("precedence")).isEqualTo("bulk");
	}

	@Test
	void keepsAnAttachedMessageAsAnEmlFile() {
		ParsedMail mail = parse("attached-message.eml");
		assertThat(mail.text()).contains("The courier wrote this");
		assertThat(mail.attachments()).singleElement().satisfies(part -> {
			assertThat(part.contentType()).isEqualTo("message/rfc822");
			assertThat(part.fileName()).endsWith(".eml");
			assertThat(new String(part.content(), StandardCharsets.US_ASCII)).contains("Delivery attempt failed");
		});
	}

	@Test
	void readsTheTextOfASignedMailAndKeepsTheSignature() {
		ParsedMail mail = parse("multipart-signed.eml");
		assertThat(mail.text()).contains("Please cancel order 5531.");
		assertThat(mail.attachments()).extracting(ParsedMail.Part::fileName).containsExactly("smime.p7s");
	}

	@Test
	void keepsACalendarInviteAsAnAttachment() {
		ParsedMail mail = parse("calendar-invite.eml");
		assertThat(mail.text()).contains("Can we talk on Friday?").doesNotContain("VCALENDAR");
		assertThat(mail.attachments()).extracting(ParsedMail.Part::fileName).containsExactly("invite.ics");
	}

	@Test
	void neverFailsOnGarbage() {
		ParsedMail mail = new MimeParser().parse("this is not\r\na mail at all\r\n".getBytes(StandardCharsets.US_ASCII));
		assertThat(mail.from()).isNull();
		assertThat(mail.subject()).isEmpty();
	}
}
