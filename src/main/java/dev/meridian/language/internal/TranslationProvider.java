package dev.meridian.language.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.meridian.language.ProviderKind;
import dev.meridian.language.ProviderSettings;
import dev.meridian.shared.DomainException;
import jakarta.persistence.*;
import org.jspecify.annotations.Nullable;

/**
 * The machine translation provider the admin chose: one row (id 1) for the whole installation. The API key is held
 * only encrypted; it is dropped when the provider kind changes, so that one provider's key is never sent to another.
 */
@Entity
@Table(name = "translation_provider")
public class TranslationProvider {

	public static final int ID = 1;
	private static final Pattern REGION = Pattern.compile("[A-Za-z0-9-]{1,100}");

	@Id
	private Integer id;

	private String kind;
	private @Nullable String baseUrl;
	private @Nullable String model;
	private @Nullable String region;
	private @Nullable String apiKeySecret;
	private int timeoutMs;
	private Instant updatedAt;
	private @Nullable Long updatedBy;

	@Version
	private int version;

	protected TranslationProvider() {
	}

	public TranslationProvider(Instant now) {
		this.id = ID;
		this.kind = ProviderKind.NONE.key();
		this.timeoutMs = (int) ProviderKind.NONE.defaultTimeout().toMillis();
		this.updatedAt = now;
	}

	public ProviderKind kind() {
		return ProviderKind.parse(kind);
	}

	/**
	 * Points translation at {@code kind} with its settings; {@code timeoutSeconds} null takes the kind's default.
	 * Changing the kind drops the stored key.
	 */
	public void configure(ProviderKind newKind, @Nullable String baseUrl, @Nullable String model, @Nullable String region,
			@Nullable Integer timeoutSeconds, Instant now, @Nullable Long by) {
		if (newKind != kind()) {
			this.apiKeySecret = null;
		}
		this.kind = newKind.key();
		this.baseUrl = baseUrl(baseUrl);
		this.model = blankToNull(model, 200, "translation.invalid_model", "model has at most 200 characters");
		String trimmedRegion = blankToNull(region, 100, "translation.invalid_region", "region has at most 100 characters");
		if (trimmedRegion != null && !REGION.matcher(trimmedRegion).matches()) {
			throw DomainException.ruleBroken("translation.invalid_region",
					"region is an Azure region name such as westeurope");
		}
		this.region = trimmedRegion;
		Duration timeout = timeoutSeconds == null ? newKind.defaultTimeout() : Duration.ofSeconds(timeoutSeconds);
		if (timeout.toSeconds() < 1 || timeout.toSeconds() > 120) {
			throw DomainException.ruleBroken("translation.invalid_timeout", "timeoutSeconds is 1 to 120");
		}
		this.timeoutMs = (int) timeout.toMillis();
		this.updatedAt = now;
		this.updatedBy = by;
	}

	public void replaceKey(@Nullable String encryptedKey) {
		this.apiKeySecret = encryptedKey;
	}

	/** Fails when the kind needs what is not set; called once key and settings are in place. */
	public void checkComplete() {
		ProviderKind current = kind();
		if (current.needsApiKey() && apiKeySecret == null) {
			throw DomainException.ruleBroken("translation.api_key_required",
					current.displayName() + " needs an API key (apiKey)");
		}
		if (current.needsModel() && model == null) {
			throw DomainException.ruleBroken("translation.model_required",
					current.displayName() + " needs a model name (model), e.g. gpt-4o-mini or llama3.1:8b");
		}
	}

	public @Nullable String apiKeySecret() {
		return apiKeySecret;
	}

	public @Nullable String baseUrl() {
		return baseUrl;
	}

	public @Nullable String model() {
		return model;
	}

	public @Nullable String region() {
		return region;
	}

	public Duration timeout() {
		return Duration.ofMillis(timeoutMs);
	}

	public ProviderSettings view(@Nullable String effectiveBaseUrl) {
		return new ProviderSettings(kind(), baseUrl, effectiveBaseUrl, model, region, (int) timeout().toSeconds(),
				apiKeySecret != null, updatedAt, updatedBy == null ? null : updatedBy.toString());
	}

	private static @Nullable String baseUrl(@Nullable String text) {
		String trimmed = blankToNull(text, 500, "translation.invalid_base_url", "baseUrl has at most 500 characters");
		if (trimmed == null) {
			return null;
		}
		try {
			URI uri = new URI(trimmed);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
					|| uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
				throw new URISyntaxException(trimmed, "not a plain http(s) URL");
			}
			return trimmed;
		}
		catch (URISyntaxException e) {
			throw DomainException.ruleBroken("translation.invalid_base_url",
					"baseUrl is an http or https URL without credentials, query or fragment, e.g. https://api.deepl.com");
		}
	}

	private static @Nullable String blankToNull(@Nullable String text, int max, String code, String message) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.strip();
		if (trimmed.length() > max) {
			throw DomainException.ruleBroken(code, message);
		}
		return trimmed;
	}
}
