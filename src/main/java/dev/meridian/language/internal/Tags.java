package dev.meridian.language.internal;

import java.util.Locale;
import java.util.Set;

import dev.meridian.shared.LanguageTag;
import org.jspecify.annotations.Nullable;

/** What the provider adapters need to know about a BCP 47 tag to pick the provider's code for it. */
public final class Tags {

	private static final Set<String> TRADITIONAL_REGIONS = Set.of("TW", "HK", "MO");

	private Tags() {
	}

	/** The primary language subtag, lower case: {@code zh} for {@code zh-TW}. */
	static String language(String tag) {
		return Locale.forLanguageTag(tag).getLanguage();
	}

	static String region(String tag) {
		return Locale.forLanguageTag(tag).getCountry();
	}

	/** Chinese written in traditional characters: {@code zh-TW}, {@code zh-HK}, {@code zh-MO}, {@code zh-Hant}. */
	static boolean traditionalChinese(String tag) {
		Locale locale = Locale.forLanguageTag(tag);
		if (!"zh".equals(locale.getLanguage())) {
			return false;
		}
		String script = locale.getScript();
		if (!script.isEmpty()) {
			return "Hant".equals(script);
		}
		return TRADITIONAL_REGIONS.contains(locale.getCountry());
	}

	/**
	 * Whether a text in {@code source} needs no translation to be read in {@code target}: the same language, and for
	 * Chinese the same script. Regional variants of other languages (en-GB, pt-BR) count as the same.
	 */
	public static boolean sameLanguage(String source, String target) {
		if (!language(source).equals(language(target))) {
			return false;
		}
		return !"zh".equals(language(source)) || traditionalChinese(source) == traditionalChinese(target);
	}

	/**
	 * A provider's language code turned into Meridian's canonical BCP 47 form, or {@code null} when it is not a
	 * language tag at all.
	 */
	static @Nullable String canonical(@Nullable String providerCode) {
		if (providerCode == null || providerCode.isBlank()) {
			return null;
		}
		try {
			return LanguageTag.normalize(providerCode);
		}
		catch (RuntimeException e) {
			return null;
		}
	}
}
