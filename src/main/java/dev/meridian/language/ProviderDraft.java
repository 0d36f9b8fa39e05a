package dev.meridian.language;

import org.jspecify.annotations.Nullable;

/**
 * What an admin sends to configure the provider. Everything but the key is replaced as given (null takes the
 * provider's default). The key follows {@link KeyChange}.
 */
public record ProviderDraft(ProviderKind kind, @Nullable String baseUrl, @Nullable String model,
		@Nullable String region, @Nullable Integer timeoutSeconds, KeyChange apiKey) {

	/** Keep the stored key (the field was left out), remove it (null or empty), or set a new one. */
	public sealed interface KeyChange {

		record Keep() implements KeyChange {
		}

		record Remove() implements KeyChange {
		}

		record Set(String key) implements KeyChange {

			@Override
			public String toString() {
				return "Set[***]";
			}
		}
	}
}
