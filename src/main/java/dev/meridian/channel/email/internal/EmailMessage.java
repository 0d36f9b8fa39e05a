package dev.meridian.channel.email.internal;

import java.time.Instant;

import jakarta.persistence.*;
import org.jspecify.annotations.Nullable;

/**
 * A mail that joined a ticket, inbound or outbound, by its Message-ID: what threading looks replies up by, and
 * what dedupes a message that arrives twice ({@code brandId} and {@code dedupeKey} are unique together).
 */
@Entity
@Table(name = "email_message")
public class EmailMessage {

	public static final String IN = "in";
	public static final String OUT = "out";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long brandId;
	private @Nullable Long mailboxId;
	private long ticketId;
	private @Nullable Long messageId;
	private String direction;
	private String headerId;
	private String dedupeKey;
	private @Nullable String referenceIds;
	private @Nullable String fromAddress;
	private @Nullable String replyAddress;
	private @Nullable String subjectKey;
	private @Nullable Long rawMailId;
	private @Nullable String marketplace;
	private @Nullable String orderRef;
	private Instant createdAt;

	protected EmailMessage() {
	}

	public EmailMessage(long brandId, @Nullable Long mailboxId, long ticketId, @Nullable Long messageId,
			String direction, String headerId, String dedupeKey, @Nullable String referenceIds,
			@Nullable String fromAddress, @Nullable String replyAddress, @Nullable String subjectKey,
			@Nullable Long rawMailId, Instant createdAt) {
		this.brandId = brandId;
		this.mailboxId = mailboxId;
		this.ticketId = ticketId;
		this.messageId = messageId;
		this.direction = direction;
		this.headerId = headerId;
		this.dedupeKey = dedupeKey.length() > 1000 ? dedupeKey.substring(0, 1000) : dedupeKey;
		this.referenceIds = referenceIds == null || referenceIds.length() <= 20000 ? referenceIds
				: referenceIds.substring(referenceIds.length() - 20000);
		this.fromAddress = fromAddress;
		this.replyAddress = replyAddress;
		this.subjectKey = subjectKey;
		this.rawMailId = rawMailId;
		this.createdAt = createdAt;
	}

	public void soldOn(String marketplace, @Nullable String orderRef) {
		this.marketplace = marketplace;
		this.orderRef = orderRef;
	}

	public long ticketId() {
		return ticketId;
	}

	public @Nullable Long messageId() {
		return messageId;
	}

	public @Nullable Long mailboxId() {
		return mailboxId;
	}

	public String headerId() {
		return headerId;
	}

	public @Nullable String referenceIds() {
		return referenceIds;
	}

	public @Nullable String replyAddress() {
		return replyAddress;
	}

	public String direction() {
		return direction;
	}
}
