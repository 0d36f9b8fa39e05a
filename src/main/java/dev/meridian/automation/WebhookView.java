package dev.meridian.automation;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A webhook subscription. {@code secret} is the signing secret in clear text only in the answer to creating the
 * subscription or rotating its secret; everywhere else it is null.
 */
public record WebhookView(WebhookId id, String name, String url, Set<String> events, boolean enabled,
		@Nullable String secret, Instant createdAt, Instant updatedAt) {
}
