package dev.meridian.ticket.web;

import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import dev.meridian.shared.DomainException;
import dev.meridian.ticket.AgentOriginal;
import dev.meridian.ticket.MessageBody;
import dev.meridian.ticket.NewAttachment;
import org.jspecify.annotations.Nullable;

/** Request bodies of the ticket API. */
final class TicketRequests {

	private TicketRequests() {
	}

	record CustomerRef(@Nullable String id, @Nullable String email, @Nullable String name) {
	}

	record AttachmentUpload(@Nullable String fileName, @Nullable String contentType, @Nullable String data) {

		private static final Pattern WHITESPACE = Pattern.compile("\\s+");

		NewAttachment decode() {
			if (fileName == null || data == null) {
				throw DomainException.malformed("attachment.fields_required", "an attachment needs fileName and data (base64)");
			}
			try {
				// The MIME decoder would skip any character outside the alphabet and store garbage as an empty file.
				return new NewAttachment(fileName, contentType == null ? "application/octet-stream" : contentType,
						Base64.getDecoder().decode(WHITESPACE.matcher(data).replaceAll("")));
			}
			catch (IllegalArgumentException e) {
				throw DomainException.malformed("attachment.invalid_data", "attachment data of '" + fileName + "' is not base64");
			}
		}
	}

	record MessageRequest(@Nullable String kind, @Nullable String body, @Nullable String html,
			@Nullable List<AttachmentUpload> attachments, @Nullable String status,
			@Nullable OriginalText agentOriginal) {

		MessageBody toBody() {
			return new MessageBody(body, html,
					attachments == null ? List.of() : attachments.stream().map(AttachmentUpload::decode).toList());
		}
	}

	/** What the agent wrote in their own language before {@code body} was translated for the customer. */
	record OriginalText(@Nullable String text, @Nullable String language) {

		AgentOriginal toOriginal() {
			if (text == null || text.isBlank()) {
				throw DomainException.malformed("message.original_text_required",
						"agentOriginal needs a text: what the agent wrote before translation");
			}
			return new AgentOriginal(text, language);
		}
	}

	record OpenRequest(@Nullable String subject, @Nullable String brand, @Nullable String channel,
			@Nullable CustomerRef customer, @Nullable MessageRequest message, @Nullable String priority,
			@Nullable List<String> tags, @Nullable String assignee, @Nullable String team) {
	}

	record MergeRequest(@Nullable String into) {
	}

	record SplitRequest(@Nullable String message, @Nullable String subject) {
	}
}
