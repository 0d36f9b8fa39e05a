package dev.meridian.ticket;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A message of a conversation; {@code authorId} is an agent or customer id depending on {@code authorType}.
 * Inbound messages carry their detected {@code language} (BCP 47, or {@code und} when the text was too short or
 * mixed to tell) and the detector's {@code languageConfidence}.
 */
public record MessageView(MessageId id, TicketId ticket, MessageKind kind, AuthorType authorType,
		@Nullable String authorId, String authorName, String body, @Nullable String html, @Nullable String language,
		@Nullable Double languageConfidence, Instant createdAt, List<AttachmentView> attachments) {

	public record AttachmentView(AttachmentId id, String fileName, String contentType, long size) {
	}
}
