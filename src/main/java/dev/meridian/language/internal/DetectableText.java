package dev.meridian.language.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The part of a customer's message that says something about the language they write in: without quoted history,
 * signature, mobile footers, a short trailer in another script (a Japanese name and address under an English
 * message), links, email addresses and anything with a digit in it (order and tracking numbers, amounts, dates).
 * {@code evidence} weighs what is left in letters: one per alphabetic letter, more per CJK character, since one
 * Chinese character says about as much as a short Latin word.
 *
 * @param text what the detector should read
 * @param evidence weighted letter count of {@code text}
 * @param kana hiragana and katakana characters: Chinese does not use them, Japanese always does
 */
record DetectableText(String text, double evidence, int kana) {

	static final double HAN_WEIGHT = 3;
	static final double HANGUL_WEIGHT = 2.5;
	static final double KANA_WEIGHT = 1.5;

	/** "On Tue, 3 Mar 2026, Ann wrote:" and its siblings in the languages we support, and forwarded-mail rules. */
	private static final Pattern REPLY_HEADER = Pattern.compile("(?iu)^\\s*(?:"
			+ ".*(?:wrote|schrieb|a écrit|escribió|ha scritto|escreveu|schreef|skrev|napisał|napisała|написал|написала"
			+ "|yazdı|đã viết|menulis|kirjoitti)\\s*:\\s*"
			+ "|.*(?:写道|寫道|のメッセージ|님이 작성)\\s*[:：]\\s*"
			+ "|-{2,}\\s*(?:original message|forwarded message|ursprüngliche nachricht|weitergeleitete nachricht"
			+ "|message d'origine|message transféré|mensaje original|mensaje reenviado|messaggio originale"
			+ "|messaggio inoltrato|mensagem original|oorspronkelijk bericht|ursprungligt meddelande"
			+ "|oryginalna wiadomość|исходное сообщение|原始邮件|原始郵件|元のメッセージ)\\s*-{2,}.*"
			+ "|_{10,}\\s*)$");

	private static final Pattern MOBILE_FOOTER = Pattern.compile("(?iu)^\\s*(?:sent from|get outlook for|von meinem"
			+ "|gesendet von|envoyé de|enviado desde|enviado do|inviato da|verzonden (?:met|vanaf)|skickat från"
			+ "|wysłane z|отправлено с|iphoneから送信|从我的|從我的).*$");

	private static final Pattern URL = Pattern.compile("(?iu)(?:https?://|www\\.)\\S+");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

	/** A token with a digit: order numbers (302-1234567-1234567, KO-123456), tracking ids, prices, dates. */
	private static final Pattern WITH_DIGITS = Pattern.compile("[A-Za-z0-9#№_./:+-]*\\d[A-Za-z0-9#№_./:+-]*");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** Enough to tell any language; a 200,000-character mail body would only cost time. */
	static final int MAX_LENGTH = 2000;

	/** A signature or sign-off has a few short lines; a paragraph of the message itself is longer. */
	private static final int TRAILER_LINES = 5;
	private static final int TRAILER_LINE_LENGTH = 50;

	static DetectableText of(String message) {
		List<String> kept = new ArrayList<>();
		for (String line : message.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
			if (line.equals("-- ") || line.strip().equals("--") || REPLY_HEADER.matcher(line).matches()) {
				break;
			}
			String stripped = line.stripLeading();
			if (stripped.startsWith(">") || stripped.startsWith("＞") || MOBILE_FOOTER.matcher(line).matches()) {
				continue;
			}
			kept.add(line);
		}
		String text = String.join("\n", withoutForeignTrailer(kept));
		text = URL.matcher(text).replaceAll(" ");
		text = EMAIL.matcher(text).replaceAll(" ");
		text = WITH_DIGITS.matcher(text).replaceAll(" ");
		text = SPACES.matcher(text).replaceAll(" ").strip();
		if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
			text = text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH));
		}
		double evidence = 0;
		int kana = 0;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			if (!Character.isLetter(c)) {
				continue;
			}
			Character.UnicodeScript script = Character.UnicodeScript.of(c);
			if (script == Character.UnicodeScript.HAN) {
				evidence += HAN_WEIGHT;
			}
			else if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
				evidence += KANA_WEIGHT;
				kana++;
			}
			else if (script == Character.UnicodeScript.HANGUL) {
				evidence += HANGUL_WEIGHT;
			}
			else {
				evidence += 1;
			}
		}
		return new DetectableText(text, evidence, kana);
	}

	/**
	 * Drops the last few short lines when they are written in another script than the rest and the rest has at
	 * least as many letters: a signature without the "-- " delimiter. Lingua counts every Chinese character as a
	 * word, so a name and an address in kanji would otherwise outvote a whole English paragraph.
	 */
	private static List<String> withoutForeignTrailer(List<String> lines) {
		int start = lines.size();
		int trailerLines = 0;
		String trailerScript = null;
		while (start > 0) {
			String line = lines.get(start - 1).strip();
			if (line.isEmpty()) {
				start--;
				continue;
			}
			String script = dominantScript(line);
			if (line.length() > TRAILER_LINE_LENGTH || trailerLines == TRAILER_LINES
					|| (script != null && trailerScript != null && !script.equals(trailerScript))) {
				break;
			}
			trailerScript = script == null ? trailerScript : script;
			trailerLines++;
			start--;
		}
		if (trailerScript == null || start == 0) {
			return lines;
		}
		List<String> rest = lines.subList(0, start);
		List<String> trailer = lines.subList(start, lines.size());
		String restText = String.join("\n", rest);
		String restScript = dominantScript(restText);
		if (restScript == null || restScript.equals(trailerScript)
				|| letters(restText) < letters(String.join("\n", trailer))) {
			return lines;
		}
		return rest;
	}

	/** The script family with the most letters: CJK (Han and kana together), Hangul, Latin, Cyrillic, ... */
	private static @Nullable String dominantScript(String text) {
		Map<String, Integer> counts = new HashMap<>();
		text.codePoints().filter(Character::isLetter).forEach(c -> counts.merge(family(c), 1, Integer::sum));
		return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
	}

	private static String family(int letter) {
		Character.UnicodeScript script = Character.UnicodeScript.of(letter);
		return switch (script) {
			case HAN, HIRAGANA, KATAKANA -> "CJK";
			default -> script.name();
		};
	}

	private static long letters(String text) {
		return text.codePoints().filter(Character::isLetter).count();
	}
}
