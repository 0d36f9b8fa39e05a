package dev.meridian.ticket.web;

import java.time.Instant;
import java.util.List;

import dev.meridian.ticket.*;
import org.jspecify.annotations.Nullable;

/**
 * A message as the API shows it; {@code ticket} is where it landed, e.g. a follow-up of a closed ticket.
 * {@code agentOriginal} is what the agent wrote in their own language when the reply went out translated (the API is
 * for agents; the customer only ever receives {@code body}).
 */
record MessageJson(MessageId id, TicketId ticket, MessageKind kind, Author author, String body, @Nullable String html,
		@Nullable String language, @Nullable Double languageConfidence, Instant createdAt,
		List<AttachmentJson> attachments, @Nullable AgentOriginal agentOriginal) {

	record Author(AuthorType type, @Nullable String id, String name) {
	}

	record AttachmentJson(AttachmentId id, String fileName, String contentType, long size, String url) {
	}

	static MessageJson of(MessageView m) {
		return new MessageJson(m.id(), m.ticket(), m.kind(), new Author(m.authorType(), m.authorId(), m.authorName()),
				m.body(), m.html(), m.language(), m.languageConfidence(), m.createdAt(),
				m.attachments().stream()
					.map(a -> new AttachmentJson(a.id(), a.fileName(), a.contentType(), a.size(),
							"/api/v1/attachments/" + a.id()))
					.toList(),
				m.agentOriginal());
	}
}
