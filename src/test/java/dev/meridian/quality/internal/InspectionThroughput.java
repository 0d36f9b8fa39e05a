package dev.meridian.quality.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.meridian.quality.Category;
import dev.meridian.quality.InspectionRuleId;
import dev.meridian.quality.InspectionRuleView;
import dev.meridian.quality.ItemType;
import dev.meridian.quality.Party;
import dev.meridian.quality.ScorecardId;
import dev.meridian.quality.ScorecardItem;
import dev.meridian.quality.ScorecardVersionId;
import dev.meridian.quality.ScorecardVersionView;

/**
 * Benchmark of automatic inspection (off by default; not a test): the seeded rules of V14 and the default scorecard
 * over generated solved conversations in Chinese, Japanese, German and English, 4 to 10 messages each, with a
 * business-time function. Prints conversations per second, findings, and heap used. Run as docs/performance.md shows:
 * {@code java -cp ... dev.meridian.quality.internal.InspectionThroughput 100000}.
 */
public final class InspectionThroughput {

	private static final String[][] CUSTOMER = {
			{ "zh-CN", "我的快递三天了还没到，太慢了！", "还是没解决，太差了，我要给差评！", "好的，谢谢！", "请问什么时候发货？" },
			{ "ja", "注文した商品がまだ届いていません。", "最悪です。本当にがっかりしました。", "ありがとうございました。", "サイズ交換はできますか？" },
			{ "de", "Die Lampe kam kaputt an.", "Ich bin enttäuscht, nie wieder!", "Vielen Dank, super!", "Wann wird geliefert?" },
			{ "en", "Where is my parcel? It is still not here.", "This is useless and I am not happy.", "Great, thanks!",
					"Does it come in blue?" } };

	private static final String[][] AGENT = {
			{ "zh-CN", "您好，非常抱歉给您带来不便，包裹明天送达。祝您生活愉快", "你自己看物流，不关我的事。", "您好，请把卡号 4111 1111 1111 1111 发给我们。" },
			{ "ja", "山田様\nお問い合わせいただきありがとうございます。申し訳ございません。明日発送いたします。\nよろしくお願いいたします。",
					"先ほども申し上げた通り、確認中です。", "パスワードは「Tok10ab」です" },
			{ "de", "Guten Tag,\nes tut uns leid, der Ersatz ist unterwegs.\nMit freundlichen Grüßen",
					"Wie bereits gesagt, nicht mein Problem.", "Ich garantiere Ihnen eine volle Erstattung." },
			{ "en", "Hello,\nI am sorry about the delay; it ships today.\nBest regards", "Calm down, as I already said.",
					"Your new password is Xy7#pq2!" } };

	private InspectionThroughput() {
	}

	public static void main(String[] args) throws IOException {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		RuleEngine engine = RuleEngine.of(seededRules());
		ScorecardVersionView card = standardScorecard();
		BusinessTime businessTime = (from, to) -> Duration.between(from, to).dividedBy(3);
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

		// Warm up the JIT on a tenth of the run, then measure.
		run(engine, card, businessTime, Math.max(1, count / 10), 7);
		System.gc();
		long heapBefore = memory.getHeapMemoryUsage().getUsed();
		long peak = heapBefore;
		long start = System.nanoTime();
		long findings = 0;
		long failed = 0;
		Random random = new Random(42);
		Instant base = Instant.parse("2026-11-02T01:00:00Z");
		for (int i = 0; i < count; i++) {
			Conversation conversation = conversation(random, i, base.plusSeconds(i * 30L));
			List<Finding> found = engine.inspect(conversation, businessTime);
			findings += found.size();
			failed += Scoring.ofFindings(card, found).failed() ? 1 : 0;
			if ((i & 4095) == 0) {
				peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.gc();
		long heapAfter = memory.getHeapMemoryUsage().getUsed();
		System.out.printf("conversations=%d seconds=%.2f rate=%.0f/s findings=%d failed=%d heapBeforeMB=%d heapPeakMB=%d "
				+ "heapAfterGcMB=%d maxHeapMB=%d cores=%d%n", count, seconds, count / seconds, findings, failed,
				heapBefore >> 20, peak >> 20, heapAfter >> 20, Runtime.getRuntime().maxMemory() >> 20,
				Runtime.getRuntime().availableProcessors());
	}

	private static void run(RuleEngine engine, ScorecardVersionView card, BusinessTime time, int count, long seed) {
		Random random = new Random(seed);
		Instant base = Instant.parse("2026-10-01T00:00:00Z");
		for (int i = 0; i < count; i++) {
			Scoring.ofFindings(card, engine.inspect(conversation(random, i, base.plusSeconds(i * 30L)), time));
		}
	}

	/** A conversation of 4 to 10 messages in one of four languages; one agent reply in ten breaks a rule. */
	static Conversation conversation(Random random, int n, Instant start) {
		int language = random.nextInt(CUSTOMER.length);
		int messages = 4 + random.nextInt(7);
		List<Conversation.Line> lines = new ArrayList<>();
		Instant at = start;
		for (int m = 0; m < messages; m++) {
			boolean customer = m % 2 == 0;
			at = at.plusSeconds(60L + random.nextInt(customer ? 600 : 7200));
			String text;
			if (customer) {
				text = CUSTOMER[language][1 + random.nextInt(CUSTOMER[language].length - 1)];
			}
			else {
				text = random.nextInt(10) == 0 ? AGENT[language][2 + random.nextInt(2)] : AGENT[language][1];
			}
			lines.add(new Conversation.Line(n * 16L + m, customer ? Party.CUSTOMER : Party.AGENT, text, null, at));
		}
		List<Conversation.LaterContact> later = random.nextInt(20) == 0
				? List.of(new Conversation.LaterContact(n + 1_000_000L, at.plus(Duration.ofDays(2)))) : List.of();
		return new Conversation(n, CUSTOMER[language][0], at.plusSeconds(60), lines, later);
	}

	/** The rules V14 seeds, read from the migration so that the benchmark runs exactly what a new install runs. */
	static List<InspectionRuleView> seededRules() throws IOException {
		String sql = Files.readString(Path.of("src/main/resources/db/migration/V14__quality.sql"));
		Matcher rule = Pattern.compile("\\('([^']+)', '([a-z_]+)', '([a-z_]+)', true,\\s*'(\\{.*?\\})'", Pattern.DOTALL)
			.matcher(sql.replace("''", "\u0000"));
		List<InspectionRuleView> rules = new ArrayList<>();
		Instant now = Instant.now();
		while (rule.find()) {
			String json = rule.group(4).replace("\u0000", "'");
			rules.add(new InspectionRuleView(new InspectionRuleId(rules.size() + 1L), rule.group(1), rule.group(3), true,
					RuleSpecJson.read(json), now, now));
		}
		if (rules.size() != 10) {
			throw new IllegalStateException("expected the 10 seeded rules, found " + rules.size());
		}
		return rules;
	}

	static ScorecardVersionView standardScorecard() {
		return new ScorecardVersionView(new ScorecardVersionId(1), new ScorecardId(1), "Standard service", 1, List.of(
				new ScorecardItem("forbidden_words", Category.RED_LINE, "", ItemType.RED_LINE, 0),
				new ScorecardItem("policy_promise", Category.RED_LINE, "", ItemType.RED_LINE, 0),
				new ScorecardItem("sensitive_data", Category.RED_LINE, "", ItemType.RED_LINE, 0),
				new ScorecardItem("greeting", Category.ATTITUDE, "", ItemType.YES_NO, 10),
				new ScorecardItem("closing", Category.ATTITUDE, "", ItemType.YES_NO, 10),
				new ScorecardItem("apology", Category.ATTITUDE, "", ItemType.YES_NO, 10),
				new ScorecardItem("polite_tone", Category.ATTITUDE, "", ItemType.SCALE, 15),
				new ScorecardItem("accurate_answer", Category.PRODUCT_KNOWLEDGE, "", ItemType.SCALE, 20),
				new ScorecardItem("response_time", Category.TIMELINESS, "", ItemType.YES_NO, 15),
				new ScorecardItem("resolved", Category.PROCESS, "", ItemType.YES_NO, 10),
				new ScorecardItem("satisfied_ending", Category.PROCESS, "", ItemType.YES_NO, 10)), Instant.EPOCH);
	}
}
