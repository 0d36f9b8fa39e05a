package dev.meridian.channel.email.internal.inbound;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One inbound message, parsed: threading headers (Message-IDs lower-cased, without angle brackets), decoded
 * addresses and subject, the text and HTML bodies, attachments (inline ones with their Content-ID), the headers
 * that mark automatic mail, and the delivery report when the mail is a bounce.
 */
public record ParsedMail(@Nullable String messageId, @Nullable String inReplyTo, List<String> references,
		String subject, @Nullable Address from, @Nullable Address replyTo, List<Address> to, List<Address> cc,
		@Nullable Instant date, @Nullable String text, @Nullable String html, List<Part> attachments,
		Map<String, String> markers, @Nullable DeliveryReport deliveryReport) {

	public record Address(String address, @Nullable String name) {

		public Address {
			address = address.strip().toLowerCase(Locale.ROOT);
		}

		public String domain() {
			int at = address.lastIndexOf('@');
			return at < 0 ? "" : address.substring(at + 1);
		}

		public String localPart() {
			int at = address.lastIndexOf('@');
			return at < 0 ? address : address.substring(0, at);
		}
	}

	/** A file in the message; {@code contentId} is set for parts that HTML refers to as {@code cid:}. */
	public record Part(String fileName, String contentType, byte[] content, @Nullable String contentId, boolean inline) {
	}

	/** What a delivery status notification (RFC 3464) says about the message that could not be delivered. */
	public record DeliveryReport(@Nullable String originalMessageId, List<String> failedRecipients, String reason) {
	}

	public @Nullable String marker(String header) {
		return markers.get(header.toLowerCase(Locale.ROOT));
	}
}
