package dev.meridian.channel.email.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every string of the mailbox pages exists in English and Chinese. */
class EmailBundlesTests {

	private static final Pattern STATIC_KEY = Pattern.compile("#\\{(email\\.[\\w.\\-]*)[}(]");

	private final Properties english = load("messages/email.properties");
	private final Properties chinese = load("messages/email_zh_CN.properties");

	@Test
	void chineseBundleHasExactlyTheEnglishKeys() {
		assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		chinese.stringPropertyNames().forEach(key -> assertThat(chinese.getProperty(key)).as(key).isNotBlank()
			.isNotEqualTo(english.getProperty(key)));
	}

	@Test
	void everyKeyTheMailboxPagesUseExists() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/email"))) {
			for (Path template : templates.toList()) {
				Matcher m = STATIC_KEY.matcher(Files.readString(template));
				while (m.find()) {
					used.add(m.group(1));
				}
			}
		}
		Stream.of("tls", "starttls", "none").forEach(s -> used.add("email.security." + s));
		Stream.of("mark-seen", "move", "delete").forEach(a -> used.add("email.after_import." + a));
		Stream.of("dns", "connect", "tls", "login", "folder").forEach(f -> used.add("email.test.failed." + f));
		assertThat(used).hasSizeGreaterThan(30);
		assertThat(english.stringPropertyNames()).containsAll(used);
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = EmailBundlesTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return properties;
	}
}
