package dev.meridian.language.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxCharacters the longest text (in Unicode code points) sent to a provider in one request; longer texts
 * are answered "unavailable, too long" without a call. Providers' own limits are higher (DeepL 128 KiB per request,
 * Azure 50,000 characters), but a ticket message that long is rarely worth the cost.
 */
@ConfigurationProperties("meridian.translation")
public record TranslationSettings(@DefaultValue("10000") int maxCharacters) {
}
