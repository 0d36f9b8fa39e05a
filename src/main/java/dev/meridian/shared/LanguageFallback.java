package dev.meridian.shared;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which variant of a text a customer gets: their own language, then the language without its region, then for
 * Chinese the other script's main variant (a reader of Traditional Chinese reads Simplified better than English),
 * then English. So zh-TW → zh → zh-CN → en, de-AT → de → en, zh-HK → zh-TW → zh → zh-CN → en. When none of these
 * exists, the first variant by tag is taken, so a macro written only in Japanese still gives its Japanese text.
 * Macros and knowledge articles both pick their text with it, so a customer gets the same language from either.
 */
public final class LanguageFallback {

	public static final String LAST_RESORT = "en";

	private LanguageFallback() {
	}

	/** The languages to try for a customer who speaks {@code tag} (null or unknown: English only). */
	public static List<String> chain(@Nullable String tag) {
		Set<String> chain = new LinkedHashSet<>();
		if (LanguageTag.known(tag)) {
			String normalized;
			try {
				normalized = LanguageTag.normalize(tag);
			}
			catch (RuntimeException e) {
				normalized = null;
			}
			if (normalized != null) {
				Locale locale = Locale.forLanguageTag(normalized);
				String language = locale.getLanguage();
				String region = locale.getCountry();
				String script = locale.getScript();
				if ("zh".equals(language)) {
					boolean traditional = "Hant".equals(script) || Set.of("TW", "HK", "MO").contains(region);
					chain.add(normalized);
					if (!region.isEmpty() && !script.isEmpty()) {
						chain.add(language + "-" + region);
					}
					if (traditional) {
						chain.add("zh-TW");
						chain.add("zh");
						chain.add("zh-CN");
					}
					else {
						chain.add("zh-CN");
						chain.add("zh");
						chain.add("zh-TW");
					}
				}
				else {
					chain.add(normalized);
					if (!region.isEmpty() && !script.isEmpty()) {
						chain.add(language + "-" + region);
					}
					chain.add(language);
				}
			}
		}
		chain.add(LAST_RESORT);
		return new ArrayList<>(chain);
	}

	/** The tag of {@code available} the customer gets, or empty when there are no variants at all. */
	public static Optional<String> choose(@Nullable String tag, Set<String> available) {
		for (String candidate : chain(tag)) {
			if (available.contains(candidate)) {
				return Optional.of(candidate);
			}
		}
		return available.stream().sorted().findFirst();
	}

	/**
	 * Whether a customer who speaks {@code tag} gets {@code chosen} as a stand-in rather than their own language: the
	 * tag itself, its region or script variants and the bare language count as their own (de-AT reads de, zh-HK reads
	 * zh-TW); the other Chinese script, English and any first variant are stand-ins. A customer whose language is not
	 * known reads English as their own.
	 */
	public static boolean isFallback(@Nullable String tag, String chosen) {
		List<String> chain = chain(tag);
		if (!LanguageTag.known(tag)) {
			return !LAST_RESORT.equals(chosen);
		}
		String language = Locale.forLanguageTag(chain.get(0)).getLanguage();
		int own = chain.indexOf(language);
		return own < 0 ? !chain.get(0).equals(chosen) : !chain.subList(0, own + 1).contains(chosen);
	}
}
