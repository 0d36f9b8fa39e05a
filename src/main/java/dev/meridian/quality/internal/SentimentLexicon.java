package dev.meridian.quality.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A small lexicon-based sentiment scorer per language: each positive term counts +1, each negative term -1, longest
 * terms first so that "not happy" or 不满意 count as negative rather than as "happy" or 满意. It is meant to catch a
 * conversation that ends angry, not to grade nuance; a model-based scorer from the assist module can replace it.
 */
final class SentimentLexicon {

	private static final Map<String, List<String>> NEGATIVE = Map.of(
			"en", List.of("terrible", "awful", "useless", "disappointed", "disappointing", "worst", "angry", "ridiculous",
					"unacceptable", "never again", "waste of", "scam", "horrible", "not happy", "unhappy", "annoyed",
					"frustrated", "not satisfied", "rubbish", "bad service", "still not", "no help"),
			"zh", List.of("差评", "差評", "失望", "太差", "垃圾", "骗子", "騙子", "生气", "生氣", "愤怒", "憤怒", "投诉", "投訴", "不满意",
					"不滿意", "糟糕", "恶心", "噁心", "再也不买", "再也不買", "没用", "沒用", "气死"),
			"ja", List.of("最悪", "がっかり", "ひどい", "酷い", "不満", "怒", "二度と買いません", "詐欺", "残念", "不愉快", "役に立たない"),
			"de", List.of("enttäuscht", "enttäuschend", "schrecklich", "unverschämt", "frechheit", "nie wieder", "betrug",
					"katastrophe", "ärgerlich", "unzufrieden", "schlecht", "nutzlos", "sauer"),
			"fr", List.of("déçu", "déçue", "horrible", "inacceptable", "nul", "arnaque", "jamais plus", "mécontent",
					"mécontente", "furieux", "scandaleux"),
			"es", List.of("decepcionado", "decepcionada", "horrible", "inaceptable", "estafa", "nunca más", "enfadado",
					"enojado", "pésimo", "terrible", "insatisfecho"));

	private static final Map<String, List<String>> POSITIVE = Map.of(
			"en", List.of("thanks", "thank you", "great", "perfect", "appreciate", "happy", "excellent", "wonderful",
					"awesome", "good", "love", "helpful", "satisfied", "resolved"),
			"zh", List.of("谢谢", "謝謝", "感谢", "感謝", "满意", "滿意", "很好", "太好了", "好评", "好評", "棒", "解决了", "解決了"),
			"ja", List.of("ありがとう", "助かりました", "満足", "素晴らしい", "嬉しい", "うれしい", "解決しました"),
			"de", List.of("danke", "vielen dank", "super", "toll", "zufrieden", "perfekt", "hilfreich", "prima", "gelöst"),
			"fr", List.of("merci", "parfait", "super", "génial", "satisfait", "satisfaite", "excellent", "résolu"),
			"es", List.of("gracias", "perfecto", "genial", "excelente", "satisfecho", "satisfecha", "resuelto"));

	private static final LanguageLists<Scorer> SCORERS;

	static {
		Map<String, List<String>> keys = new HashMap<>();
		NEGATIVE.keySet().forEach(language -> keys.put(language, List.of(language)));
		SCORERS = LanguageLists.of(keys, languages -> new Scorer(NEGATIVE.get(languages.get(0)),
				POSITIVE.getOrDefault(languages.get(0), List.of())));
	}

	private SentimentLexicon() {
	}

	/** The score of {@code text} and the span from its first to its last negative term (-1 when there is none). */
	record Sentiment(int score, int negativeStart, int negativeEnd) {
	}

	static Sentiment score(String text, @Nullable String language) {
		int score = 0;
		int start = -1;
		int end = -1;
		for (Scorer scorer : SCORERS.forLanguage(language)) {
			Matcher m = scorer.pattern.matcher(text);
			while (m.find()) {
				if (scorer.negative.contains(m.group().toLowerCase(Locale.ROOT))) {
					score--;
					start = start < 0 ? m.start() : Math.min(start, m.start());
					end = Math.max(end, m.end());
				}
				else {
					score++;
				}
			}
		}
		return new Sentiment(score, start, end);
	}

	private static final class Scorer {

		final Pattern pattern;

		final java.util.Set<String> negative;

		Scorer(List<String> negative, List<String> positive) {
			List<String> all = new ArrayList<>(negative);
			all.addAll(positive);
			Pattern compiled = Phrases.compile(all);
			if (compiled == null) {
				throw new IllegalStateException("empty lexicon");
			}
			this.pattern = compiled;
			this.negative = negative.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
		}
	}
}
