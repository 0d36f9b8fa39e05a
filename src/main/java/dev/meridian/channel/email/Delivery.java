package dev.meridian.channel.email;

import java.time.Instant;

import dev.meridian.ticket.MessageId;
import org.jspecify.annotations.Nullable;

/** How an agent's email reply is getting on: pending, sending, retrying, sent or failed, with the reason. */
public record Delivery(MessageId message, String status, int attempts, @Nullable String recipient,
		@Nullable String lastError, @Nullable Instant nextAttemptAt, @Nullable Instant sentAt) {
}
