package dev.meridian.language.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param preload load every language model while the application starts instead of on first use; costs about
 * 100 MB more heap and seconds of start-up (docs/adr/0004-language-detection.md)
 * @param warmUp once the application is ready, detect one sentence in the background, so that the first customer
 * message does not wait for the Latin-script models to load
 * @param minEvidence letters a message needs before its language counts, CJK characters weighted up
 * @param minConfidence how far the best language must be ahead of the second best (Lingua's relative distance)
 */
@ConfigurationProperties("meridian.language")
public record LanguageSettings(@DefaultValue("false") boolean preload, @DefaultValue("true") boolean warmUp,
		@DefaultValue("15") double minEvidence, @DefaultValue("0.05") double minConfidence) {
}
