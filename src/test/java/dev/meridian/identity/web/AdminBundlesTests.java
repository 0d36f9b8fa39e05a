package dev.meridian.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.meridian.identity.AgentStatus;
import dev.meridian.identity.Role;
import org.junit.jupiter.api.Test;

/** Every string of the admin pages exists in English and Chinese, so no page ever shows a raw key. */
class AdminBundlesTests {

	private static final Pattern STATIC_KEY = Pattern.compile("#\\{([a-z][\\w.\\-]*)[}(]");

	private final Properties english = load("messages/admin.properties");
	private final Properties chinese = load("messages/admin_zh_CN.properties");

	@Test
	void chineseBundleHasExactlyTheEnglishKeys() {
		assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		chinese.stringPropertyNames().forEach(key -> assertThat(chinese.getProperty(key)).as(key)
			.isNotBlank()
			.as("%s is still English", key)
			.isNotEqualTo(english.getProperty(key)));
	}

	@Test
	void everyKeyTheAdminTemplatesUseExists() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/admin"))) {
			for (Path template : templates.toList()) {
				Matcher m = STATIC_KEY.matcher(Files.readString(template));
				while (m.find()) {
					used.add(m.group(1));
				}
			}
		}
		Arrays.stream(Role.values()).forEach(r -> used.add("admin.role." + r.key()));
		Arrays.stream(AgentStatus.values()).forEach(s -> used.add("admin.status." + s.key()));
		AdminChoices.MARKETPLACES.forEach(m -> used.add("admin.marketplace." + m));
		Stream.of("1", "2", "3").forEach(t -> used.add("admin.agents.tier." + t));
		Stream.of("brands", "teams", "agents").forEach(s -> used.add("admin.problem.back." + s));

		assertThat(used).hasSizeGreaterThan(50);
		assertThat(english.stringPropertyNames()).containsAll(used);
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = AdminBundlesTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return properties;
	}
}
