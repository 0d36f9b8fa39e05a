package dev.meridian.language;

import org.jspecify.annotations.Nullable;

/**
 * A provider's answer.
 *
 * @param text the translated text
 * @param detectedSource the source language as the provider detected it, as a BCP 47 tag; {@code null} when the
 * source was given or the provider does not say
 * @param provider the provider's key, e.g. {@code deepl}
 */
public record MachineTranslation(String text, @Nullable String detectedSource, String provider) {
}
