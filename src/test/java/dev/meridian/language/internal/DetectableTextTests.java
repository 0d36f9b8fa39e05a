package dev.meridian.language.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DetectableTextTests {

	@Test
	void dropsQuotedLines() {
		assertThat(DetectableText.of("Ja, bitte.\n> Would you like a replacement?\n>> Hi").text())
			.isEqualTo("Ja, bitte.");
	}

	@Test
	void dropsEverythingFromTheSignatureDelimiter() {
		assertThat(DetectableText.of("Where is my parcel?\n-- \n山田太郎\n東京都渋谷区").text())
			.isEqualTo("Where is my parcel?");
	}

	@Test
	void dropsQuotedHistoryBelowAReplyHeader() {
		String reply = "Sí, por favor.\n\nOn Tue, 3 Mar 2026 at 10:02, Support <help@shop.example> wrote:\n"
				+ "Hello, would you like a refund?";
		assertThat(DetectableText.of(reply).text()).isEqualTo("Sí, por favor.");
		assertThat(DetectableText.of("Gerne.\n-----Original Message-----\nFrom: Support").text()).isEqualTo("Gerne.");
		assertThat(DetectableText.of("好的\n\n在 2026年3月3日，客服 写道：\n您好").text()).isEqualTo("好的");
	}

	@Test
	void dropsShortTrailerInAnotherScript() {
		assertThat(DetectableText.of("Hello, the lamp I ordered arrived broken. Could you send a new one?\n\n"
				+ "田中一郎\n株式会社タナカ\n大阪市北区梅田1-2-3").text())
			.isEqualTo("Hello, the lamp I ordered arrived broken. Could you send a new one?");
		assertThat(DetectableText.of("注文した商品がまだ届きません。確認をお願いします。\nJohn Smith\nACME Ltd.").text())
			.isEqualTo("注文した商品がまだ届きません。確認をお願いします。");
	}

	@Test
	void keepsLastLinesInTheScriptOfTheMessage() {
		assertThat(DetectableText.of("你好\n\n我的订单还没有到").text()).isEqualTo("你好 我的订单还没有到");
		assertThat(DetectableText.of("Hallo,\nwo ist meine Bestellung?\nDanke\nAnna").text())
			.isEqualTo("Hallo, wo ist meine Bestellung? Danke Anna");
	}

	@Test
	void keepsForeignLinesThatOutweighTheRest() {
		assertThat(DetectableText.of("Hello,\n注文した商品がまだ届きません。確認お願いします。").text())
			.isEqualTo("Hello, 注文した商品がまだ届きません。確認お願いします。");
	}

	@Test
	void dropsMobileFooters() {
		assertThat(DetectableText.of("Danke!\n\nSent from my iPhone").text()).isEqualTo("Danke!");
	}

	@Test
	void dropsLinksEmailAddressesAndOrderNumbers() {
		DetectableText text = DetectableText.of("Order 302-1234567-1234567, see https://shop.example/o?id=12 "
				+ "or write to anna.schmidt@example.de, tracking 1Z999AA10123456784 #A-99812");
		assertThat(text.text()).isEqualTo("Order , see or write to , tracking");
	}

	@Test
	void keepsWordsRightNextToNumbersInScriptsWithoutSpaces() {
		assertThat(DetectableText.of("注文番号503-2222333-4444555の配送状況").text()).isEqualTo("注文番号 の配送状況");
	}

	@Test
	void weighsChineseCharactersAboveLatinLetters() {
		assertThat(DetectableText.of("ok").evidence()).isEqualTo(2);
		assertThat(DetectableText.of("我的包裹还没到").evidence()).isEqualTo(21);
		assertThat(DetectableText.of("ありがとう").evidence()).isEqualTo(7.5);
		assertThat(DetectableText.of("감사합니다").evidence()).isEqualTo(12.5);
	}

	@Test
	void countsKana() {
		assertThat(DetectableText.of("注文した商品").kana()).isEqualTo(2);
		assertThat(DetectableText.of("我的包裹").kana()).isZero();
	}

	@Test
	void readsAtMostTheFirstTwoThousandCharacters() {
		assertThat(DetectableText.of("Wo ist mein Paket? ".repeat(1000)).text()).hasSize(DetectableText.MAX_LENGTH);
	}

	@Test
	void leavesNothingOfEmojiOnly() {
		assertThat(DetectableText.of("👍🙏").evidence()).isZero();
	}
}
