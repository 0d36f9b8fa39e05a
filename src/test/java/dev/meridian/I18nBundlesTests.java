package dev.meridian;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.meridian.identity.AgentStatus;
import dev.meridian.identity.Role;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.MessageKind;
import dev.meridian.ticket.Priority;
import dev.meridian.ticket.TicketSort;
import dev.meridian.ticket.TicketStatus;
import org.junit.jupiter.api.Test;

/**
 * Every UI string is in every language: for each bundle under {@code messages/} (messages, admin and any later
 * one), every key of the English file exists, non-empty, in each of the complete UI languages (Simplified and
 * Traditional Chinese, Japanese, Spanish, German, French), with the same placeholders and markup as the English,
 * and mostly really translated. Every {@code #{key}} a template names exists in English, and so does every key a
 * template builds from an enum ({@code #{${'status.' + s.key()}}}). Cheap, and it cannot drift.
 */
class I18nBundlesTests {

	/** The UI languages besides English that must be complete, as bundle file suffixes. */
	static final List<String> COMPLETE = List.of("zh_CN", "zh_TW", "ja", "es", "de", "fr");

	/** The same list as BCP 47 tags, as {@code meridian.web.locales} names them. */
	static final List<String> UI_LOCALES = List.of("en", "zh-CN", "zh-TW", "ja", "es", "de", "fr");

	/** {0}, {1,number,integer}, {0,choice,...}: the argument numbers a message uses. */
	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

	/** Tags such as {@code <kbd>}: a translation must use the same ones, and none where the English has none. */
	private static final Pattern TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>");

	private static final Path MESSAGES = Path.of("src/main/resources/messages");
	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** {@code admin_zh_CN.properties} → basename {@code admin}, locale {@code zh_CN}. */
	private static final Pattern BUNDLE_FILE = Pattern.compile("(.+?)(?:_([a-z]{2,3}(?:_[A-Za-z]{2,4})*))?\\.properties");

	/** {@code #{key}} and {@code #{key(args)}}; keys built at run time ({@code #{${...}}}) are checked below. */
	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)\\s*[}(]");

	@Test
	void everyTranslationHasEveryEnglishKey() throws IOException {
		Map<String, Map<String, Path>> bundles = bundles();
		assertThat(bundles).containsKey("messages");
		List<String> problems = new ArrayList<>();
		bundles.forEach((basename, files) -> {
			if (!files.containsKey("")) {
				problems.add(basename + ": no English file " + basename + ".properties");
				return;
			}
			for (String locale : COMPLETE) {
				if (!files.containsKey(locale)) {
					problems.add(basename + ": no " + locale + " file " + basename + "_" + locale + ".properties");
				}
			}
			Map<String, String> english = load(files.get(""));
			files.forEach((locale, file) -> {
				if (locale.isEmpty()) {
					return;
				}
				Map<String, String> translated = load(file);
				english.keySet().stream().sorted().forEach(key -> {
					String value = translated.get(key);
					if (value == null || value.isBlank()) {
						problems.add(file.getFileName() + ": missing or empty " + key);
					}
				});
			});
		});
		assertThat(problems).as("keys missing from translations").isEmpty();
	}

	@Test
	void translationsKeepTheEnglishPlaceholdersAndMarkup() throws IOException {
		List<String> problems = new ArrayList<>();
		bundles().forEach((basename, files) -> {
			Map<String, String> english = load(files.get(""));
			files.forEach((locale, file) -> {
				if (locale.isEmpty()) {
					return;
				}
				load(file).forEach((key, value) -> {
					String original = english.get(key);
					if (original == null) {
						problems.add(file.getFileName() + ": " + key + " is not in the English bundle");
						return;
					}
					// Sets: a choice format may name {0} twice where a language without plurals names it once.
					if (!Set.copyOf(matches(ARGUMENT, original)).equals(Set.copyOf(matches(ARGUMENT, value)))) {
						problems.add(file.getFileName() + ": " + key + " uses " + matches(ARGUMENT, value)
								+ " but the English uses " + matches(ARGUMENT, original));
					}
					if (!matches(TAG, original).equals(matches(TAG, value))) {
						problems.add(file.getFileName() + ": " + key + " has markup " + matches(TAG, value)
								+ " but the English has " + matches(TAG, original));
					}
				});
			});
		});
		assertThat(problems).as("placeholders and markup that differ from English").isEmpty();
	}

	/**
	 * A copied English file passes the completeness check; this does not. Some words are the same in several
	 * languages ("Team", "API", "Online"), so a few identical values are fine, a fifth is not.
	 */
	@Test
	void translationsAreMostlyTranslated() throws IOException {
		List<String> problems = new ArrayList<>();
		bundles().forEach((basename, files) -> {
			Map<String, String> english = load(files.get(""));
			files.forEach((locale, file) -> {
				if (locale.isEmpty()) {
					return;
				}
				Map<String, String> translated = load(file);
				long same = english.keySet().stream().filter(k -> english.get(k).equals(translated.get(k))).count();
				if (same * 5 > english.size()) {
					problems.add(file.getFileName() + ": " + same + " of " + english.size() + " values are the English ones");
				}
			});
		});
		assertThat(problems).as("bundles that are still largely English").isEmpty();
	}

	@Test
	void dateAndTimePatternsAreValidInEveryLanguage() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Map<String, Path> files : bundles().values()) {
			files.forEach((locale, file) -> load(file).forEach((key, value) -> {
				if (!key.startsWith("dates.")) {
					return;
				}
				try {
					DateTimeFormatter.ofPattern(value, Locale.forLanguageTag(locale.replace('_', '-')))
						.format(ZonedDateTime.of(2025, 3, 4, 3, 12, 0, 0, ZoneId.of("Asia/Tokyo")));
				}
				catch (IllegalArgumentException | DateTimeException e) {
					problems.add(file.getFileName() + ": " + key + " (" + e.getMessage() + ")");
				}
			}));
		}
		assertThat(problems).as("date patterns DateTimeFormatter rejects").isEmpty();
	}

	@Test
	void noBundleDefinesAKeyTwice() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Map<String, Path> files : bundles().values()) {
			for (Path file : files.values()) {
				Set<String> seen = new HashSet<>();
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					String trimmed = line.strip();
					int equals = trimmed.indexOf('=');
					if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || equals < 0) {
						continue;
					}
					String key = trimmed.substring(0, equals).strip();
					if (!seen.add(key)) {
						problems.add(file.getFileName() + ": " + key);
					}
				}
			}
		}
		assertThat(problems).as("keys defined twice in one file").isEmpty();
	}

	@Test
	void messagesWithArgumentsAreValidMessageFormats() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Map<String, Path> files : bundles().values()) {
			for (Path file : files.values()) {
				load(file).forEach((key, value) -> {
					if (!value.matches("(?s).*\\{\\d.*")) {
						return;
					}
					try {
						new MessageFormat(value);
					}
					catch (IllegalArgumentException e) {
						problems.add(file.getFileName() + ": " + key + " (" + e.getMessage() + ")");
					}
					// MessageFormat swallows a lone apostrophe; with arguments it must be written ''.
					if (value.replace("''", "").contains("'")) {
						problems.add(file.getFileName() + ": " + key + " has a single ' that MessageFormat would drop");
					}
				});
			}
		}
		assertThat(problems).as("broken message formats").isEmpty();
	}

	@Test
	void everyKeyATemplateUsesExistsInEnglish() throws IOException {
		Set<String> english = englishKeys();
		List<String> missing = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(TEMPLATES)) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
				Matcher keys = TEMPLATE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
				while (keys.find()) {
					if (!english.contains(keys.group(1))) {
						missing.add(TEMPLATES.relativize(template) + ": " + keys.group(1));
					}
				}
			}
		}
		assertThat(missing).as("message keys used in templates but defined in no English bundle").isEmpty();
	}

	@Test
	void everyValueATemplateNamesByKeyHasALabel() throws IOException {
		Set<String> english = englishKeys();
		List<String> expected = new ArrayList<>();
		Arrays.stream(TicketStatus.values()).forEach(s -> expected.add("status." + s.key()));
		Arrays.stream(Priority.values()).forEach(p -> expected.add("priority." + p.key()));
		Arrays.stream(Channel.values()).forEach(c -> expected.add("channel." + c.key()));
		Arrays.stream(TicketSort.values()).forEach(s -> expected.add("sort." + s.key()));
		Arrays.stream(MessageKind.values()).forEach(k -> expected.add("message.kind." + k.key()));
		Arrays.stream(AgentStatus.values()).forEach(s -> expected.add("agent.status." + s.key()));
		Arrays.stream(Role.values()).forEach(r -> expected.add("role." + r.key()));
		List.of("mine", "unassigned", "open", "pending", "solved", "all").forEach(v -> expected.add("view." + v));
		UI_LOCALES.forEach(tag -> expected.add("locale.name." + tag));
		List.of("follow_up_of", "merged_into", "split_from").forEach(l -> expected.add("ticket.link." + l));
		List.of(400, 401, 403, 404, 500).forEach(status -> {
			expected.add("error.page." + status + ".title");
			expected.add("error.page." + status + ".text");
		});
		assertThat(expected).as("labels the templates look up by building the key").allMatch(english::contains);
	}

	private static List<String> matches(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			found.add(m.group(1));
		}
		Collections.sort(found);
		return found;
	}

	private static Set<String> englishKeys() throws IOException {
		Set<String> keys = new HashSet<>();
		for (Map<String, Path> files : bundles().values()) {
			if (files.containsKey("")) {
				keys.addAll(load(files.get("")).keySet());
			}
		}
		return keys;
	}

	/** Basename → (locale suffix, "" for English → file). */
	private static Map<String, Map<String, Path>> bundles() throws IOException {
		Map<String, Map<String, Path>> bundles = new TreeMap<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path file : files.sorted().toList()) {
				Matcher name = BUNDLE_FILE.matcher(file.getFileName().toString());
				if (name.matches()) {
					bundles.computeIfAbsent(name.group(1), b -> new TreeMap<>())
						.put(name.group(2) == null ? "" : name.group(2), file);
				}
			}
		}
		return bundles;
	}

	private static Map<String, String> load(Path file) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot read " + file, e);
		}
		Map<String, String> map = new TreeMap<>();
		properties.forEach((key, value) -> map.put((String) key, (String) value));
		return map;
	}
}
