package dev.meridian.ticket;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A message of a conversation; {@code authorId} is an agent or customer id depending on {@code authorType}.
 * Inbound messages carry their detected {@code language} (BCP 47, or {@code und} when the text was too short or
 * mixed to tell) and the detector's {@code languageConfidence}. A reply the agent wrote in their own language and
 * sent translated carries the agent's words as {@code agentOriginal}: for agents only, never for the customer.
 */
public record MessageView(MessageId id, TicketId ticket, MessageKind kind, AuthorType authorType,
		@Nullable String authorId, String authorName, String body, @Nullable String html, @Nullable String language,
		@Nullable Double languageConfidence, Instant createdAt, List<AttachmentView> attachments,
		@Nullable AgentOriginal agentOriginal) {

	/** A message without an agent's original. */
	public MessageView(MessageId id, TicketId ticket, MessageKind kind, AuthorType authorType,
			@Nullable String authorId, String authorName, String body, @Nullable String html, @Nullable String language,
			@Nullable Double languageConfidence, Instant createdAt, List<AttachmentView> attachments) {
		this(id, ticket, kind, authorType, authorId, authorName, body, html, language, languageConfidence, createdAt,
				attachments, null);
	}

	public record AttachmentView(AttachmentId id, String fileName, String contentType, long size) {
	}
}
