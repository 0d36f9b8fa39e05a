package dev.meridian.channel.email.internal.inbound;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Decodes RFC 2047 encoded words in headers, more forgivingly than the library: adjacent words in one charset are
 * joined before decoding (clients split multi-byte characters across words), labels are read as their supersets,
 * and broken words are left as they are rather than failing the message.
 */
public final class HeaderText {

	private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?=");
	private static final Pattern FOLD = Pattern.compile("\\r?\\n([ \\t])");

	private HeaderText() {
	}

	public static String decode(@Nullable String raw) {
		if (raw == null) {
			return "";
		}
		String text = FOLD.matcher(raw).replaceAll("$1");
		Matcher m = ENCODED_WORD.matcher(text);
		StringBuilder out = new StringBuilder();
		int last = 0;
		String pendingCharset = null;
		ByteArrayOutputStream pending = new ByteArrayOutputStream();
		while (m.find()) {
			String between = text.substring(last, m.start());
			boolean adjacent = pendingCharset != null && between.isBlank();
			String charset = m.group(1);
			byte[] bytes = bytes(m.group(2), m.group(3));
			if (bytes == null) {
				flush(out, pending, pendingCharset);
				pendingCharset = null;
				out.append(between).append(m.group());
				last = m.end();
				continue;
			}
			if (adjacent && charset.equalsIgnoreCase(pendingCharset)) {
				pending.writeBytes(bytes);
			}
			else {
				flush(out, pending, pendingCharset);
				if (!adjacent) {
					out.append(between);
				}
				pendingCharset = charset;
				pending.writeBytes(bytes);
			}
			last = m.end();
		}
		flush(out, pending, pendingCharset);
		out.append(text.substring(last));
		return out.toString().replaceAll("[\\r\\n]+", " ").strip();
	}

	private static void flush(StringBuilder out, ByteArrayOutputStream pending, @Nullable String charset) {
		if (pending.size() > 0) {
			out.append(Charsets.decode(pending.toByteArray(), charset));
			pending.reset();
		}
	}

	private static byte @Nullable [] bytes(String encoding, String text) {
		try {
			if (encoding.toUpperCase(Locale.ROOT).equals("B")) {
				String padded = text.replaceAll("[^A-Za-z0-9+/]", "");
				while (padded.length() % 4 != 0) {
					padded += "=";
				}
				return Base64.getDecoder().decode(padded);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] ascii = text.getBytes(StandardCharsets.ISO_8859_1);
			for (int i = 0; i < ascii.length; i++) {
				byte b = ascii[i];
				if (b == '_') {
					out.write(' ');
				}
				else if (b == '=' && i + 2 < ascii.length) {
					out.write(Integer.parseInt(new String(ascii, i + 1, 2, StandardCharsets.US_ASCII), 16));
					i += 2;
				}
				else {
					out.write(b);
				}
			}
			return out.toByteArray();
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
