package dev.meridian.shared;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** BCP 47 language tags as Meridian stores them: well-formed, canonical case ({@code zh-TW}, not {@code zh_tw}). */
public final class LanguageTag {

	/** The width of every language column. */
	public static final int MAX_LENGTH = 35;

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());

	private LanguageTag() {
	}

	/** Whether {@code tag} names a language; {@code und} is what detection says when it cannot tell. */
	public static boolean known(@Nullable String tag) {
		return tag != null && !tag.isBlank() && !"und".equalsIgnoreCase(tag.strip())
				&& !Locale.forLanguageTag(tag.strip()).getLanguage().isEmpty();
	}

	/**
	 * The language's name in the viewer's language, capitalised as a label: "de" → "German", "Deutsch" or "ドイツ語";
	 * empty when the tag is not {@link #known}. Chinese is named by script, the way support teams speak of it:
	 * zh-CN is Simplified and zh-TW Traditional Chinese ("中文 (简体)", "Chinesisch (Traditionell)"), not a country.
	 */
	public static String displayName(@Nullable String tag, Locale viewer) {
		if (!known(tag)) {
			return "";
		}
		String shown = switch (tag.strip()) {
			case "zh-CN", "zh-SG", "zh-MY" -> "zh-Hans";
			case "zh-TW", "zh-HK", "zh-MO" -> "zh-Hant";
			default -> tag.strip();
		};
		String name = Locale.forLanguageTag(shown).getDisplayName(viewer);
		if (name.isBlank()) {
			return tag;
		}
		return name.substring(0, 1).toUpperCase(viewer) + name.substring(1);
	}

	/**
	 * The canonical form of {@code tag}, or {@code language.invalid} when it is not a BCP 47 tag with a known ISO 639
	 * language (two letters, or any three) and, if given, a known ISO 3166 region or a UN M.49 area such as 419.
	 */
	public static String normalize(String tag) {
		try {
			Locale locale = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build();
			String language = locale.getLanguage();
			String region = locale.getCountry();
			boolean knownLanguage = language.length() == 3 || LANGUAGES.contains(language);
			boolean knownRegion = region.isEmpty() || region.length() == 3 || REGIONS.contains(region);
			if (!knownLanguage || !knownRegion || locale.toLanguageTag().length() > MAX_LENGTH) {
				throw new IllformedLocaleException("unknown language or region");
			}
			return locale.toLanguageTag();
		}
		catch (IllformedLocaleException e) {
			throw DomainException.ruleBroken("language.invalid",
					"'" + tag + "' is not a BCP 47 language tag such as de, ja or zh-TW");
		}
	}
}
