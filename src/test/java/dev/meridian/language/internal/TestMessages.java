package dev.meridian.language.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a test set of {@code tag<TAB>text} lines; {@code \n} in a text stands for a line break. */
final class TestMessages {

	record Case(String language, String text, int line) {

		@Override
		public String toString() {
			return language + " " + text.replace("\n", "⏎");
		}
	}

	private TestMessages() {
	}

	static List<Case> load(String resource) {
		try (InputStream in = TestMessages.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing");
			}
			List<Case> cases = new ArrayList<>();
			int number = 0;
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\t", 2);
				if (parts.length != 2) {
					throw new IllegalStateException(resource + ":" + number + " has no tab");
				}
				cases.add(new Case(parts[0], parts[1].replace("\\n", "\n"), number));
			}
			return cases;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
