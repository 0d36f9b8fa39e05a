package dev.meridian.language.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.meridian.language.Detection;
import dev.meridian.language.internal.FollowConfidentDetections.TicketLanguage;
import dev.meridian.language.internal.TestMessages.Case;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * Runs the detector with its production settings over Meridian's own test set of customer messages
 * (src/test/resources/language/messages.tsv) and over short and mixed messages that must not move a ticket's
 * language (short-and-mixed.tsv).
 */
class LinguaLanguageDetectorTests {

	/** The bar: messages of this many characters or more are detected right at least 95% of the time. */
	static final int LONG_MESSAGE = 20;

	static final LanguageSettings SETTINGS = new Binder().bindOrCreate("meridian.language", LanguageSettings.class);

	static final FollowConfidentDetections POLICY = new FollowConfidentDetections(SETTINGS.minEvidence(),
			SETTINGS.minConfidence());

	static final LinguaLanguageDetector DETECTOR = new LinguaLanguageDetector(false, POLICY);

	@Test
	void detectsTheLanguageOfRealisticCustomerMessages() {
		List<Case> cases = TestMessages.load("language/messages.tsv");
		Map<String, int[]> byLanguage = new TreeMap<>();
		int[] total = new int[5];
		List<String> misses = new ArrayList<>();
		for (Case c : cases) {
			Detection detection = DETECTOR.detect(c.text());
			boolean isLong = c.text().length() >= LONG_MESSAGE;
			boolean right = detection.language().equals(c.language());
			boolean wrong = detection.determined() && !right;
			for (int[] counts : List.of(byLanguage.computeIfAbsent(c.language(), k -> new int[5]), total)) {
				counts[0]++;
				counts[1] += right ? 1 : 0;
				counts[2] += wrong ? 1 : 0;
				counts[3] += isLong ? 1 : 0;
				counts[4] += isLong && right ? 1 : 0;
			}
			if (!right) {
				misses.add(c + " -> " + detection.language());
			}
		}
		StringBuilder report = new StringBuilder(String.format("%n%-6s %8s %9s %6s %14s%n", "lang", "messages",
				"right", "wrong", "right (>=20ch)"));
		byLanguage.forEach((language, counts) -> report.append(row(language, counts)));
		report.append(row("all", total));
		report.append("not right (und or wrong):").append(System.lineSeparator());
		misses.forEach(miss -> report.append("  ").append(miss).append(System.lineSeparator()));
		System.out.println(report);

		assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
		assertThat(byLanguage).hasSize(19);
		assertThat(ratio(total[4], total[3])).as("right on messages of %d+ characters", LONG_MESSAGE)
			.isGreaterThanOrEqualTo(0.95);
		assertThat(ratio(total[2], total[0])).as("confidently wrong, any length").isLessThanOrEqualTo(0.01);
		byLanguage.forEach((language, counts) -> assertThat(ratio(counts[4], counts[3]))
			.as("right on long %s messages", language).isGreaterThanOrEqualTo(0.85));
	}

	@Test
	void shortAndMixedMessagesNeverMoveTheTicketsLanguage() {
		List<Case> cases = TestMessages.load("language/short-and-mixed.tsv");
		assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
		for (Case c : cases) {
			Detection detection = DETECTOR.detect(c.text());
			assertThat(detection.language()).as(c.toString()).isIn("und", c.language());
			assertThat(POLICY.follow(detection, TicketLanguage.detected(c.language()), c.language()).ticket())
				.as(c.toString())
				.isNull();
		}
	}

	@Test
	void tellsSimplifiedFromTraditionalChinese() {
		assertThat(DETECTOR.detect("请问这个订单什么时候发货？我已经等了一个星期。").language()).isEqualTo("zh-CN");
		assertThat(DETECTOR.detect("請問這個訂單什麼時候出貨？我已經等了一個星期。").language()).isEqualTo("zh-TW");
	}

	@Test
	void textWithKanaIsJapanese() {
		assertThat(DETECTOR.detect("注文した商品がまだ届きません。確認をお願いします。").language()).isEqualTo("ja");
	}

	@Test
	void englishMessageWithJapaneseSignatureIsEnglish() {
		Detection detection = DETECTOR.detect("Hello, the lamp I ordered arrived broken. Could you send a new one?\n\n"
				+ "田中一郎\n株式会社タナカ\n大阪市北区梅田1-2-3");

		assertThat(detection.language()).isEqualTo("en");
	}

	@Test
	void answersWithAConfidenceBetweenZeroAndOne() {
		Detection detection = DETECTOR.detect("Wo ist meine Bestellung? Ich warte schon seit zwei Wochen.");

		assertThat(detection.language()).isEqualTo("de");
		assertThat(detection.confidence()).isBetween(SETTINGS.minConfidence(), 1.0);
	}

	private static String row(String language, int[] counts) {
		return String.format("%-6s %8d %4d %3.0f%% %6d %8d/%d %3.0f%%%n", language, counts[0], counts[1],
				100 * ratio(counts[1], counts[0]), counts[2], counts[4], counts[3], 100 * ratio(counts[4], counts[3]));
	}

	private static double ratio(int part, int whole) {
		return whole == 0 ? 1 : (double) part / whole;
	}
}
