package dev.meridian.language;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of a test translation with the configured provider.
 *
 * @param sample the translation of the test sentence when it worked
 * @param reason a {@link TranslationFailure.Reason} code when it did not
 */
public record ProviderCheck(boolean ok, ProviderKind kind, @Nullable String sample, @Nullable String reason,
		@Nullable String message, long millis) {
}
