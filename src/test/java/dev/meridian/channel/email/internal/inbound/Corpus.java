package dev.meridian.channel.email.internal.inbound;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the .eml files under src/test/resources/mail. */
public final class Corpus {

	private Corpus() {
	}

	public static byte[] eml(String name) {
		try (InputStream in = Corpus.class.getResourceAsStream("/mail/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no test mail " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static ParsedMail parse(String name) {
		return new MimeParser().parse(eml(name));
	}
}
