package dev.meridian.quality.internal;

import java.lang.Character.UnicodeScript;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Phrase matching and Meridian's built-in phrases for the required elements. A phrase matches case-insensitively;
 * one that starts or ends with a letter of an alphabetic script matches whole words only ("hi" not in "this"), while
 * Chinese and Japanese, written without spaces, match anywhere.
 */
final class Phrases {

	static final Map<String, List<String>> GREETING = Map.of(
			"en", List.of("hello", "hi", "hey", "dear", "good morning", "good afternoon", "good evening",
					"thank you for contacting", "thanks for contacting", "thanks for reaching out",
					"thank you for reaching out", "thank you for your message"),
			"zh", List.of("您好", "你好", "亲", "感谢您的来信", "感谢您联系", "感謝您的來信", "感謝您聯繫"),
			"ja", List.of("こんにちは", "お問い合わせいただき", "お問い合わせありがとう", "いつもご利用", "お世話になっております",
					"様"),
			"de", List.of("hallo", "guten tag", "guten morgen", "guten abend", "sehr geehrte", "sehr geehrter", "liebe",
					"lieber", "vielen dank für ihre nachricht", "danke für ihre nachricht"),
			"fr", List.of("bonjour", "bonsoir", "madame", "monsieur", "merci pour votre message"),
			"es", List.of("hola", "estimado", "estimada", "buenos días", "buenas tardes", "gracias por su mensaje"));

	static final Map<String, List<String>> CLOSING = Map.of(
			"en", List.of("best regards", "kind regards", "regards", "best wishes", "have a nice day", "have a great day",
					"anything else", "sincerely", "cheers", "thank you", "thanks"),
			"zh", List.of("祝您", "祝好", "还有其他问题", "還有其他問題", "随时联系", "隨時聯繫", "期待您的回复", "此致", "谢谢", "謝謝"),
			"ja", List.of("よろしくお願い", "引き続き", "今後とも", "失礼いたします", "ありがとうございました", "ありがとうございます"),
			"de", List.of("mit freundlichen grüßen", "freundliche grüße", "viele grüße", "beste grüße", "schönen tag",
					"vielen dank", "danke"),
			"fr", List.of("cordialement", "bonne journée", "bien à vous", "merci"),
			"es", List.of("saludos", "atentamente", "que tenga un buen día", "gracias"));

	static final Map<String, List<String>> APOLOGY = Map.of(
			"en", List.of("sorry", "apologize", "apologise", "apologies", "apology", "regret"),
			"zh", List.of("抱歉", "对不起", "對不起", "不好意思", "致歉", "歉意"),
			"ja", List.of("申し訳", "お詫び", "すみません", "失礼いたしました"),
			"de", List.of("entschuldigung", "entschuldigen", "tut uns leid", "tut mir leid", "bedauern"),
			"fr", List.of("désolé", "désolée", "excuses", "excusez"),
			"es", List.of("lo siento", "lo sentimos", "disculpe", "disculpas", "lamentamos"));

	static final Map<String, List<String>> COMPLAINT = Map.of(
			"en", List.of("complaint", "complain", "unacceptable", "disappointed", "terrible", "broken", "damaged",
					"still not", "still haven't", "where is my", "angry", "worst"),
			"zh", List.of("投诉", "投訴", "差评", "差評", "太慢", "坏了", "壞了", "破损", "破損", "还没收到", "還沒收到", "失望", "生气",
					"生氣"),
			"ja", List.of("クレーム", "壊れ", "届かない", "届いていません", "まだ届", "がっかり", "不良品", "ひどい"),
			"de", List.of("beschwerde", "kaputt", "beschädigt", "immer noch nicht", "enttäuscht", "unverschämt",
					"frechheit"),
			"fr", List.of("plainte", "cassé", "abîmé", "déçu", "déçue", "inacceptable", "toujours pas"),
			"es", List.of("queja", "roto", "dañado", "decepcionado", "decepcionada", "inaceptable", "todavía no"));

	private Phrases() {
	}

	/** One pattern matching any of {@code phrases}, longest first; null when there are none. */
	static @Nullable Pattern compile(List<String> phrases) {
		List<String> cleaned = phrases.stream().map(String::strip).filter(p -> !p.isEmpty()).distinct().toList();
		if (cleaned.isEmpty()) {
			return null;
		}
		String alternatives = cleaned.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Phrases::regex)
			.collect(Collectors.joining("|"));
		return Pattern.compile(alternatives, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	private static String regex(String phrase) {
		String quoted = Pattern.quote(phrase);
		int first = phrase.codePointAt(0);
		int last = phrase.codePointBefore(phrase.length());
		return (alphabetic(first) ? "(?<![\\p{L}\\p{N}])" : "") + quoted + (alphabetic(last) ? "(?![\\p{L}\\p{N}])" : "");
	}

	/** A letter or digit of a script that separates words with spaces. */
	static boolean alphabetic(int codePoint) {
		if (!Character.isLetterOrDigit(codePoint)) {
			return false;
		}
		UnicodeScript script = UnicodeScript.of(codePoint);
		return script != UnicodeScript.HAN && script != UnicodeScript.HIRAGANA && script != UnicodeScript.KATAKANA
				&& script != UnicodeScript.HANGUL && script != UnicodeScript.THAI;
	}
}
