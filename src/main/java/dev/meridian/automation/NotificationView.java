package dev.meridian.automation;

import java.time.Instant;

import dev.meridian.ticket.TicketId;
import org.jspecify.annotations.Nullable;

/** An in-app notification for one agent: what happened, about which ticket, from which rule. */
public record NotificationView(long id, @Nullable TicketId ticket, String source, String text, Instant createdAt,
		@Nullable Instant readAt) {
}
