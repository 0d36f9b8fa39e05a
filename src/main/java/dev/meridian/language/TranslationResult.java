package dev.meridian.language;

import org.jspecify.annotations.Nullable;

/**
 * The answer to a translation request. When the provider failed or none is configured, {@code available} is false,
 * {@code text} is the original, and {@code unavailable} says why, so that a client shows the original with a notice.
 *
 * @param source the source language: as given, as the provider detected it, or as Meridian's detector saw it;
 * {@code null} when unknown
 * @param provider the provider that translated ({@code deepl}, ...); {@code null} when no translation was needed
 * (the text is already in the target language) or none happened
 * @param cached whether the translation came from Meridian's cache instead of the provider
 */
public record TranslationResult(boolean available, String text, @Nullable String source, String target,
		@Nullable String provider, boolean cached, @Nullable Unavailable unavailable) {

	public static final String UNAVAILABLE = "translation.unavailable";

	/**
	 * Why there is no translation.
	 *
	 * @param code always {@code translation.unavailable}
	 * @param reason a {@link TranslationFailure.Reason} code, e.g. {@code timeout}, {@code not_configured}
	 * @param message for people, e.g. "DeepL did not answer within 10 s"
	 */
	public record Unavailable(String code, String reason, String message) {
	}

	static TranslationResult unavailable(String original, @Nullable String source, String target,
			@Nullable String provider, TranslationFailure failure) {
		return new TranslationResult(false, original, source, target, provider, false,
				new Unavailable(UNAVAILABLE, failure.reason().code(), failure.getMessage()));
	}
}
