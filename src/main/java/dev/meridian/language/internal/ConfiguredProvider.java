package dev.meridian.language.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;

import dev.meridian.language.ProviderKind;
import dev.meridian.language.TranslationFailure;
import dev.meridian.language.TranslationFailure.Reason;
import dev.meridian.language.Translator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The {@link Translator} for the provider the admin configured, built afresh from the database on every use: a
 * change made on one node applies on all at once, and the decrypted key lives only as long as one request.
 */
@Component
public class ConfiguredProvider {

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final TranslationProviderRepository providers;
	private final ProviderKeys keys;

	ConfiguredProvider(TranslationProviderRepository providers, ProviderKeys keys) {
		this.providers = providers;
		this.keys = keys;
	}

	/**
	 * The configured translator, or empty when translation is switched off.
	 * @throws TranslationFailure when the stored key cannot be decrypted (the secret key was changed)
	 */
	public Optional<Translator> translator() {
		Optional<TranslationProvider> stored = providers.findById(TranslationProvider.ID);
		if (stored.isEmpty() || stored.get().kind() == ProviderKind.NONE) {
			return Optional.empty();
		}
		TranslationProvider provider = stored.get();
		String apiKey = apiKey(provider);
		ProviderConnection connection = new ProviderConnection(URI.create(effectiveBaseUrl(provider, apiKey)), apiKey,
				provider.model(), provider.region(), provider.timeout());
		return Optional.of(create(provider.kind(), connection, HTTP));
	}

	private @Nullable String apiKey(TranslationProvider provider) {
		if (provider.apiKeySecret() == null) {
			return null;
		}
		try {
			return keys.open(provider.apiKeySecret());
		}
		catch (RuntimeException e) {
			throw new TranslationFailure(Reason.AUTH_FAILED, "The stored API key cannot be decrypted: was "
					+ "MERIDIAN_SECRET_KEY changed? Set the provider's API key again.");
		}
	}

	/** Where requests go: the admin's base URL, or the provider's default for this key. */
	public static @Nullable String effectiveBaseUrl(TranslationProvider provider, @Nullable String apiKey) {
		return provider.baseUrl() != null ? provider.baseUrl() : provider.kind().defaultBaseUrl(apiKey);
	}

	/** The adapter that speaks {@code kind}'s protocol. */
	static Translator create(ProviderKind kind, ProviderConnection connection, HttpClient http) {
		return switch (kind) {
			case DEEPL -> new DeepLTranslator(connection, http);
			case GOOGLE -> new GoogleTranslator(connection, http);
			case AZURE -> new AzureTranslator(connection, http);
			case LIBRETRANSLATE -> new LibreTranslateTranslator(connection, http);
			case OPENAI_COMPATIBLE -> new OpenAiCompatibleTranslator(connection, http);
			case NONE -> throw new IllegalArgumentException("no translator for " + kind);
		};
	}
}
