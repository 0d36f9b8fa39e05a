package dev.meridian.automation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One delivery of an event to a webhook: {@code state} pending (waiting for its next attempt), delivered or failed
 * (gave up after the last attempt); {@code redeliveryOf} names the delivery an admin sent again.
 */
public record DeliveryView(long id, WebhookId webhook, String event, @Nullable Long ticket, String payload,
		String state, int attempts, @Nullable Instant nextAttemptAt, @Nullable Integer lastStatus,
		@Nullable String lastError, @Nullable Long redeliveryOf, Instant createdAt, @Nullable Instant deliveredAt) {
}
