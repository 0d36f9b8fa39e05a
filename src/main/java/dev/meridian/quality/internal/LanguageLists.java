package dev.meridian.quality.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Compiled things keyed by language: the ones under {@code *} apply to every message, the others to messages whose
 * language has the same primary subtag ({@code zh-TW} → {@code zh}); a message of unknown language gets them all.
 */
final class LanguageLists<T> {

	static final String ANY = "*";

	private final List<T> always;
	private final Map<String, List<T>> byLanguage;
	private final List<T> all;

	private LanguageLists(List<T> always, Map<String, List<T>> byLanguage) {
		this.always = List.copyOf(always);
		this.byLanguage = Map.copyOf(byLanguage);
		List<T> every = new ArrayList<>(always);
		byLanguage.values().forEach(every::addAll);
		this.all = List.copyOf(every);
	}

	static <T> LanguageLists<T> of(Map<String, List<String>> lists, Function<List<String>, @Nullable T> compile) {
		Map<String, List<String>> merged = new HashMap<>();
		lists.forEach((language, values) -> merged.computeIfAbsent(primary(language), k -> new ArrayList<>()).addAll(values));
		List<T> always = new ArrayList<>();
		Map<String, List<T>> byLanguage = new HashMap<>();
		merged.forEach((language, values) -> {
			T compiled = compile.apply(values);
			if (compiled != null) {
				if (language.equals(ANY)) {
					always.add(compiled);
				}
				else {
					byLanguage.put(language, List.of(compiled));
				}
			}
		});
		return new LanguageLists<>(always, byLanguage);
	}

	List<T> forLanguage(@Nullable String language) {
		if (language == null) {
			return all;
		}
		List<T> specific = byLanguage.get(primary(language));
		if (specific == null) {
			return always;
		}
		if (always.isEmpty()) {
			return specific;
		}
		List<T> both = new ArrayList<>(always);
		both.addAll(specific);
		return both;
	}

	static String primary(String language) {
		String tag = language.strip().toLowerCase(Locale.ROOT).replace('_', '-');
		int dash = tag.indexOf('-');
		return dash < 0 ? tag : tag.substring(0, dash);
	}
}
