package dev.meridian.language.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * A text as it is translated and cached: Unicode NFC (so that "é" typed either way is one text), line breaks as
 * {@code \n}, no surrounding white space. Inner spacing and line breaks stay: they can change a translation.
 */
public record NormalizedText(String text) {

	public static NormalizedText of(String raw) {
		String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n').strip();
		return new NormalizedText(text);
	}

	public boolean isEmpty() {
		return text.isEmpty();
	}

	/** Characters as providers bill them: Unicode code points. */
	public int characters() {
		return text.codePointCount(0, text.length());
	}

	/** SHA-256 of the UTF-8 text, in lower-case hex: the cache key together with the target language. */
	public String sha256() {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e);
		}
	}
}
