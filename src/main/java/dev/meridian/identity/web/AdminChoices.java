package dev.meridian.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.meridian.shared.LanguageTag;

/**
 * The fixed choices the admin forms offer: marketplaces, customer languages, and UI languages
 * (time zones: {@link dev.meridian.shared.TimeZoneChoices}).
 * Values outside these lists (set through the API) are still shown and kept, never silently dropped.
 */
final class AdminChoices {

	static final List<String> MARKETPLACES = List.of("amazon-us", "amazon-de", "amazon-jp", "amazon-uk", "amazon-fr",
			"amazon-es", "amazon-it", "ebay-us", "ebay-de", "shopify");

	static final List<String> LANGUAGES = List.of("en", "zh-CN", "zh-TW", "ja", "ko", "de", "fr", "es", "it", "pt",
			"nl", "pl", "sv", "ru", "ar", "tr", "th", "vi", "id");

	private AdminChoices() {
	}

	/** An option of a select or a checkbox list. */
	record Choice(String value, String label) {
	}

	/** Customer languages by their names in the viewer's language, with the ones the agent has beyond the list. */
	static List<Choice> languages(Locale viewer, List<String> alsoKeep) {
		List<Choice> choices = new ArrayList<>();
		for (String tag : LANGUAGES) {
			choices.add(new Choice(tag, languageName(tag, viewer)));
		}
		for (String tag : alsoKeep) {
			if (!LANGUAGES.contains(tag)) {
				choices.add(new Choice(tag, languageName(tag, viewer)));
			}
		}
		return choices;
	}

	/** Chinese is named by script (Simplified, Traditional), the way support teams speak of it, not by region. */
	static String languageName(String tag, Locale viewer) {
		String name = LanguageTag.displayName(tag, viewer);
		return name.isBlank() ? tag : name;
	}

	/** UI languages, each named in itself so that anyone can find their own. */
	static List<Choice> uiLocales(List<String> supported, String alsoKeep) {
		List<Choice> choices = new ArrayList<>();
		for (String tag : supported) {
			choices.add(new Choice(tag, languageName(tag, Locale.forLanguageTag(tag))));
		}
		if (!alsoKeep.isBlank() && !supported.contains(alsoKeep)) {
			choices.add(new Choice(alsoKeep, languageName(alsoKeep, Locale.forLanguageTag(alsoKeep))));
		}
		return choices;
	}

}
