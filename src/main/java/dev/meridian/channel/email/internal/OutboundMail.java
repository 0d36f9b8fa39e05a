package dev.meridian.channel.email.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.*;
import org.jspecify.annotations.Nullable;

/**
 * An agent's reply waiting to go out by email, with its Message-ID fixed when it was queued (so a retry sends the
 * very same message) and its delivery state: pending, sending, retrying, sent or failed with the reason.
 */
@Entity
@Table(name = "email_outbox")
public class OutboundMail {

	public static final String PENDING = "pending";
	public static final String SENDING = "sending";
	public static final String RETRYING = "retrying";
	public static final String SENT = "sent";
	public static final String FAILED = "failed";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long ticketId;
	private long messageId;
	private @Nullable Long mailboxId;
	private String headerId;
	private @Nullable String recipient;
	private String status;
	private int attempts;
	private Instant nextAttemptAt;
	private @Nullable String claimedBy;
	private @Nullable Instant claimedAt;
	private @Nullable String lastError;
	private @Nullable Instant sentAt;
	private Instant createdAt;
	private Instant updatedAt;

	protected OutboundMail() {
	}

	public OutboundMail(long ticketId, long messageId, @Nullable Long mailboxId, String headerId,
			@Nullable String recipient, Instant now) {
		this.ticketId = ticketId;
		this.messageId = messageId;
		this.mailboxId = mailboxId;
		this.headerId = headerId;
		this.recipient = recipient;
		this.status = PENDING;
		this.nextAttemptAt = now;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public void sent(Instant now) {
		this.status = SENT;
		this.sentAt = now;
		this.lastError = null;
		this.updatedAt = now;
	}

	/** A failure worth another try later, unless the attempts are used up or the failure is permanent. */
	public void attemptFailed(String reason, boolean permanent, int maxAttempts, Instant now) {
		this.lastError = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
		this.updatedAt = now;
		if (permanent || attempts >= maxAttempts) {
			this.status = FAILED;
			return;
		}
		this.status = RETRYING;
		this.nextAttemptAt = now.plus(backoff(attempts));
	}

	public void bounced(String reason, Instant now) {
		this.status = FAILED;
		this.lastError = "bounced: " + (reason.length() > 1900 ? reason.substring(0, 1900) : reason);
		this.updatedAt = now;
	}

	/** 1, 5, 15 and 30 minutes, then hourly: a server that is down for a while is not hammered. */
	static Duration backoff(int attempts) {
		return switch (attempts) {
			case 0, 1 -> Duration.ofMinutes(1);
			case 2 -> Duration.ofMinutes(5);
			case 3 -> Duration.ofMinutes(15);
			case 4 -> Duration.ofMinutes(30);
			default -> Duration.ofHours(1);
		};
	}

	public long id() {
		return id;
	}

	public long ticketId() {
		return ticketId;
	}

	public long messageId() {
		return messageId;
	}

	public @Nullable Long mailboxId() {
		return mailboxId;
	}

	public String headerId() {
		return headerId;
	}

	public @Nullable String recipient() {
		return recipient;
	}

	public String status() {
		return status;
	}

	public int attempts() {
		return attempts;
	}

	public Instant nextAttemptAt() {
		return nextAttemptAt;
	}

	public @Nullable String lastError() {
		return lastError;
	}

	public @Nullable Instant sentAt() {
		return sentAt;
	}
}
