package dev.meridian.channel.email.internal.inbound;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Turns the bytes of a mail part into text the way mail clients do, not the way the label says: a label is read
 * as its common superset (GB2312 as GB18030, Shift_JIS as Windows-31J, EUC-KR as Windows-949, ISO-8859-1 as
 * Windows-1252), UTF-8 labelled as Latin-1 is recognised, and text without a usable label is guessed.
 */
public final class Charsets {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
	private static final Charset GB18030 = Charset.forName("GB18030");

	private static final Map<String, String> SUPERSETS = Map.ofEntries(
			Map.entry("gb2312", "GB18030"), Map.entry("gb_2312-80", "GB18030"), Map.entry("euc-cn", "GB18030"),
			Map.entry("x-euc-cn", "GB18030"), Map.entry("gbk", "GB18030"), Map.entry("x-gbk", "GB18030"),
			Map.entry("cp936", "GB18030"), Map.entry("ms936", "GB18030"), Map.entry("windows-936", "GB18030"),
			Map.entry("csgb2312", "GB18030"), Map.entry("chinese", "GB18030"),
			Map.entry("big5", "Big5-HKSCS"), Map.entry("big-5", "Big5-HKSCS"), Map.entry("cn-big5", "Big5-HKSCS"),
			Map.entry("x-x-big5", "Big5-HKSCS"), Map.entry("csbig5", "Big5-HKSCS"), Map.entry("cp950", "x-windows-950"),
			Map.entry("shift_jis", "windows-31j"), Map.entry("shift-jis", "windows-31j"), Map.entry("sjis", "windows-31j"),
			Map.entry("x-sjis", "windows-31j"), Map.entry("ms_kanji", "windows-31j"), Map.entry("csshiftjis", "windows-31j"),
			Map.entry("cp932", "windows-31j"), Map.entry("ms932", "windows-31j"),
			Map.entry("iso-2022-jp", "x-windows-iso2022jp"), Map.entry("csiso2022jp", "x-windows-iso2022jp"),
			Map.entry("euc-kr", "x-windows-949"), Map.entry("ks_c_5601-1987", "x-windows-949"),
			Map.entry("ksc5601", "x-windows-949"), Map.entry("ksc_5601", "x-windows-949"), Map.entry("cp949", "x-windows-949"),
			Map.entry("iso-8859-1", "windows-1252"), Map.entry("iso8859-1", "windows-1252"), Map.entry("latin1", "windows-1252"),
			Map.entry("l1", "windows-1252"), Map.entry("us-ascii", "windows-1252"), Map.entry("ascii", "windows-1252"),
			Map.entry("ansi_x3.4-1968", "windows-1252"), Map.entry("iso-8859-9", "windows-1254"),
			Map.entry("iso-8859-11", "x-windows-874"), Map.entry("tis-620", "x-windows-874"),
			Map.entry("iso-8859-8-i", "ISO-8859-8"), Map.entry("utf8", "UTF-8"), Map.entry("unicode-1-1-utf-8", "UTF-8"));

	private Charsets() {
	}

	/** The charset to read a label as, or null when the label is missing or unknown. */
	public static @Nullable Charset resolve(@Nullable String label) {
		if (label == null) {
			return null;
		}
		String name = label.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
		int star = name.indexOf('*');
		if (star > 0) {
			name = name.substring(0, star);
		}
		if (name.isEmpty()) {
			return null;
		}
		String superset = SUPERSETS.get(name);
		try {
			Charset charset = Charset.forName(superset != null ? superset : name);
			if (superset == null && charset.name().equals("ISO-2022-JP")) {
				return Charset.forName("x-windows-iso2022jp");
			}
			return charset;
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			return null;
		}
	}

	public static String decode(byte[] bytes, @Nullable String label) {
		if (isAscii(bytes)) {
			return new String(bytes, StandardCharsets.US_ASCII);
		}
		Charset declared = resolve(label);
		boolean utf8 = strictly(bytes, StandardCharsets.UTF_8) != null;
		if (declared == null) {
			return utf8 ? new String(bytes, StandardCharsets.UTF_8) : guess(bytes);
		}
		if (declared.equals(StandardCharsets.UTF_8)) {
			return utf8 ? new String(bytes, StandardCharsets.UTF_8) : guess(bytes);
		}
		if (utf8 && declared.equals(WINDOWS_1252)) {
			// UTF-8 that a client labelled Latin-1 or ASCII: valid multi-byte UTF-8 is almost never real Latin-1
			return new String(bytes, StandardCharsets.UTF_8);
		}
		return new String(bytes, declared);
	}

	/**
	 * Unlabelled or mislabelled 8-bit text: Chinese when it reads as GB18030 and its high bytes come in pairs in the
	 * GB2312 area (a Western accent is one high byte between ASCII letters), otherwise Windows-1252.
	 */
	static String guess(byte[] bytes) {
		String chinese = strictly(bytes, GB18030);
		if (chinese != null) {
			int pairs = 0;
			int asciiTrails = 0;
			int hanziArea = 0;
			for (int i = 0; i < bytes.length; i++) {
				if (bytes[i] < 0 && i + 1 < bytes.length) {
					int lead = bytes[i] & 0xFF;
					int trail = bytes[i + 1] & 0xFF;
					pairs++;
					if (trail < 0x80) {
						asciiTrails++;
					}
					if (lead >= 0xA1 && lead <= 0xF7 && trail >= 0xA1 && trail <= 0xFE) {
						hanziArea++;
					}
					i++;
				}
			}
			if (pairs > 0 && asciiTrails * 5 <= pairs && hanziArea * 10 >= pairs * 7) {
				return chinese;
			}
		}
		return new String(bytes, WINDOWS_1252);
	}

	private static @Nullable String strictly(byte[] bytes, Charset charset) {
		try {
			CharBuffer chars = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return chars.toString();
		}
		catch (CharacterCodingException e) {
			return null;
		}
	}

	private static boolean isAscii(byte[] bytes) {
		for (byte b : bytes) {
			if (b < 0 || b == 0x1B) {
				return false;
			}
		}
		return true;
	}
}
