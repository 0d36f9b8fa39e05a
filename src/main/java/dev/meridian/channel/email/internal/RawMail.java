package dev.meridian.channel.email.internal;

import java.time.Instant;

import jakarta.persistence.*;
import org.jspecify.annotations.Nullable;

/**
 * One message exactly as it arrived, stored before anything parses it, so that a crash or a parser bug never
 * loses mail: a message still {@code received} (or {@code failed}) is processed again later.
 */
@Entity
@Table(name = "raw_mail")
public class RawMail {

	public enum Status {
		RECEIVED, IMPORTED, DUPLICATE, IGNORED, BOUNCE, FAILED;

		String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long mailboxId;
	private long brandId;
	private String source;
	private Instant receivedAt;
	private String sha256;
	private long size;
	private byte[] content;
	private String status;
	private int attempts;
	private @Nullable Long ticketId;
	private @Nullable Long messageId;
	private @Nullable String note;
	private @Nullable Instant processedAt;

	protected RawMail() {
	}

	public RawMail(long mailboxId, long brandId, String source, byte[] content, String sha256, Instant receivedAt) {
		this.mailboxId = mailboxId;
		this.brandId = brandId;
		this.source = source;
		this.content = content;
		this.size = content.length;
		this.sha256 = sha256;
		this.receivedAt = receivedAt;
		this.status = Status.RECEIVED.key();
	}

	public void processed(Status outcome, @Nullable Long ticket, @Nullable Long message, @Nullable String note,
			Instant at) {
		this.status = outcome.key();
		this.ticketId = ticket;
		this.messageId = message;
		this.note = note == null || note.length() <= 2000 ? note : note.substring(0, 2000);
		this.processedAt = at;
		this.attempts++;
	}

	public void failed(String reason, Instant at) {
		processed(Status.FAILED, null, null, reason, at);
	}

	public long id() {
		return id;
	}

	public long mailboxId() {
		return mailboxId;
	}

	public long brandId() {
		return brandId;
	}

	public byte[] content() {
		return content;
	}

	public Instant receivedAt() {
		return receivedAt;
	}

	public Status status() {
		return Status.valueOf(status.toUpperCase(java.util.Locale.ROOT));
	}

	public int attempts() {
		return attempts;
	}

	public @Nullable Long ticketId() {
		return ticketId;
	}

	public @Nullable Long messageId() {
		return messageId;
	}

	public @Nullable String note() {
		return note;
	}
}
