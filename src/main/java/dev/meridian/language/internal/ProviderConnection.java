package dev.meridian.language.internal;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Where and how to reach a provider: its base URL (scheme, host, optional path prefix), the API key in clear (held
 * only while a request is built), the model for chat endpoints, the Azure resource's region and the timeout.
 */
record ProviderConnection(URI baseUrl, @Nullable String apiKey, @Nullable String model, @Nullable String region,
		Duration timeout) {

	/** The base URL with {@code path} appended, whatever slashes the admin typed. */
	URI resolve(String path) {
		String base = baseUrl.toString();
		while (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		return URI.create(base + path);
	}

	@Override
	public String toString() {
		return "ProviderConnection[" + baseUrl + ", model=" + model + ", region=" + region + ", timeout=" + timeout
				+ ", apiKey=" + (apiKey == null ? "none" : "***") + "]";
	}
}
