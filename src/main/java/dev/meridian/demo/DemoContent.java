package dev.meridian.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The written conversations and names under {@code resources/demo}. */
record DemoContent(List<Conversation> conversations, Map<String, People> people, Map<String, List<String>> products) {

	record Conversation(String language, String topic, String channel, @Nullable Boolean marketplace, String priority,
			List<String> tags, String subject, List<Line> messages) {
	}

	record Line(String from, String body) {
	}

	record People(List<String> country, List<String> timeZones, List<String> first, List<String> last) {
	}

	static DemoContent load(ObjectMapper json) {
		List<Conversation> conversations = read(json, "demo/conversations.json", new TypeReference<>() {
		});
		Map<String, Object> raw = read(json, "demo/people.json", new TypeReference<>() {
		});
		Map<String, List<String>> products = json.convertValue(raw.remove("products"), new TypeReference<>() {
		});
		Map<String, People> people = json.convertValue(raw, new TypeReference<>() {
		});
		return new DemoContent(conversations, people, products);
	}

	private static <T> T read(ObjectMapper json, String resource, TypeReference<T> type) {
		try (InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the classpath");
			}
			return json.readValue(in, type);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
