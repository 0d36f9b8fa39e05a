package dev.meridian.ticket;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What someone wrote: plain text, optional HTML (sanitized before it is stored) and attachments. */
public record MessageBody(@Nullable String text, @Nullable String html, List<NewAttachment> attachments) {

	public MessageBody {
		attachments = List.copyOf(attachments);
	}

	public static MessageBody text(String text) {
		return new MessageBody(text, null, List.of());
	}
}
