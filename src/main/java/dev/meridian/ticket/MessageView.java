package dev.meridian.ticket;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A message of a conversation; {@code authorId} is an agent or customer id depending on {@code authorType}. */
public record MessageView(MessageId id, TicketId ticket, MessageKind kind, AuthorType authorType,
		@Nullable String authorId, String authorName, String body, @Nullable String html, @Nullable String language,
		Instant createdAt, List<AttachmentView> attachments) {

	public record AttachmentView(AttachmentId id, String fileName, String contentType, long size) {
	}
}
