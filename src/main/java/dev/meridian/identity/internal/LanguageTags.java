package dev.meridian.identity.internal;

import java.util.IllformedLocaleException;
import java.util.Locale;

import dev.meridian.shared.DomainException;

final class LanguageTags {

	/** The width of every language column. */
	static final int MAX_LENGTH = 35;

	private LanguageTags() {
	}

	static String normalize(String tag) {
		try {
			Locale locale = new Locale.Builder().setLanguageTag(tag.trim().replace('_', '-')).build();
			if (locale.getLanguage().isEmpty() || locale.toLanguageTag().length() > MAX_LENGTH) {
				throw new IllformedLocaleException("no language");
			}
			return locale.toLanguageTag();
		}
		catch (IllformedLocaleException e) {
			throw DomainException.ruleBroken("language.invalid", "'" + tag + "' is not a BCP 47 language tag such as de or zh-CN");
		}
	}
}
