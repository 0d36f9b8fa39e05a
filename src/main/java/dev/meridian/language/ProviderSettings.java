package dev.meridian.language;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The configured translation provider as admins see it. The API key is never shown: {@code apiKeySet} says
 * whether one is stored.
 *
 * @param baseUrl the base URL the admin set, or {@code null} for the provider's default
 * @param effectiveBaseUrl where requests actually go
 * @param updatedBy the id of the agent who last changed it
 */
public record ProviderSettings(ProviderKind kind, @Nullable String baseUrl, @Nullable String effectiveBaseUrl,
		@Nullable String model, @Nullable String region, int timeoutSeconds, boolean apiKeySet,
		@Nullable Instant updatedAt, @Nullable String updatedBy) {

	public static ProviderSettings none() {
		return new ProviderSettings(ProviderKind.NONE, null, null, null, null,
				(int) ProviderKind.NONE.defaultTimeout().toSeconds(), false, null, null);
	}
}
