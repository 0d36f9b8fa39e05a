package dev.meridian.language;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.meridian.shared.DomainException;
import org.jspecify.annotations.Nullable;

/** The machine translation services Meridian speaks to, and what each needs configured. */
public enum ProviderKind {
	/** Translation switched off: every request answers "unavailable, not configured". */
	NONE("none", "no provider", null, false, false, Duration.ofSeconds(10)),
	DEEPL("deepl", "DeepL", "https://api.deepl.com", true, false, Duration.ofSeconds(10)),
	GOOGLE("google", "Google Cloud Translation", "https://translation.googleapis.com", true, false,
			Duration.ofSeconds(10)),
	AZURE("azure", "Azure Translator", "https://api.cognitive.microsofttranslator.com", true, false,
			Duration.ofSeconds(10)),
	LIBRETRANSLATE("libretranslate", "LibreTranslate", "https://libretranslate.com", false, false,
			Duration.ofSeconds(15)),
	/** Any /v1/chat/completions endpoint: OpenAI, or a local model served by Ollama or vLLM (slower: longer timeout). */
	OPENAI_COMPATIBLE("openai-compatible", "OpenAI-compatible endpoint", "https://api.openai.com", false, true,
			Duration.ofSeconds(60));

	private final String key;
	private final String displayName;
	private final @Nullable String defaultBaseUrl;
	private final boolean needsApiKey;
	private final boolean needsModel;
	private final Duration defaultTimeout;

	ProviderKind(String key, String displayName, @Nullable String defaultBaseUrl, boolean needsApiKey, boolean needsModel,
			Duration defaultTimeout) {
		this.key = key;
		this.displayName = displayName;
		this.defaultBaseUrl = defaultBaseUrl;
		this.needsApiKey = needsApiKey;
		this.needsModel = needsModel;
		this.defaultTimeout = defaultTimeout;
	}

	@JsonValue
	public String key() {
		return key;
	}

	public String displayName() {
		return displayName;
	}

	/**
	 * Where requests go when the admin gives no base URL. DeepL's free keys (ending in {@code :fx}) only work on
	 * {@code api-free.deepl.com}.
	 */
	public @Nullable String defaultBaseUrl(@Nullable String apiKey) {
		if (this == DEEPL && apiKey != null && apiKey.endsWith(":fx")) {
			return "https://api-free.deepl.com";
		}
		return defaultBaseUrl;
	}

	public boolean needsApiKey() {
		return needsApiKey;
	}

	public boolean needsModel() {
		return needsModel;
	}

	public Duration defaultTimeout() {
		return defaultTimeout;
	}

	@JsonCreator
	public static ProviderKind parse(String text) {
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(kind -> kind.key.equals(wanted))
			.findFirst()
			.orElseThrow(() -> DomainException.ruleBroken("translation.unknown_provider", "kind must be one of "
					+ Arrays.stream(values()).map(ProviderKind::key).collect(Collectors.joining(", "))));
	}
}
