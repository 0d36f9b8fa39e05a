package dev.meridian.channel.email.internal.inbound;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.meridian.channel.email.Imported.Outcome;
import dev.meridian.channel.email.MailboxView;
import dev.meridian.customer.CustomerId;
import dev.meridian.ticket.MessageId;
import dev.meridian.ticket.TicketId;
import org.jspecify.annotations.Nullable;

/**
 * One message on its way through the inbound pipeline: what the steps have learned so far, and the outcome once
 * a step has decided it (then the remaining steps are skipped).
 */
public final class Inbound {

	private final long rawMailId;
	private final byte[] raw;
	private final MailboxView mailbox;
	private final Instant now;

	@Nullable ParsedMail mail;
	@Nullable String dedupeKey;
	@Nullable String automatic;
	@Nullable CustomerId customer;
	@Nullable String senderAddress;
	@Nullable Relay relay;
	@Nullable TicketId continues;
	@Nullable String threadedBy;
	@Nullable String html;
	final List<String> tags = new ArrayList<>();

	private @Nullable Outcome outcome;
	private @Nullable TicketId ticket;
	private @Nullable MessageId message;
	private @Nullable String note;

	public Inbound(long rawMailId, byte[] raw, MailboxView mailbox, Instant now) {
		this.rawMailId = rawMailId;
		this.raw = raw;
		this.mailbox = mailbox;
		this.now = now;
	}

	/** A marketplace relay the mail came through: Amazon or eBay, the country, buyer and order. */
	public record Relay(String marketplace, String country, String buyerId, @Nullable String buyerName,
			@Nullable String orderId, @Nullable String itemId) {

		public String key() {
			return marketplace + "-" + country.toLowerCase(java.util.Locale.ROOT);
		}
	}

	public void finish(Outcome outcome, @Nullable TicketId ticket, @Nullable MessageId message, @Nullable String note) {
		this.outcome = outcome;
		this.ticket = ticket;
		this.message = message;
		this.note = note;
	}

	public boolean finished() {
		return outcome != null;
	}

	public long rawMailId() {
		return rawMailId;
	}

	public byte[] raw() {
		return raw;
	}

	public MailboxView mailbox() {
		return mailbox;
	}

	public Instant now() {
		return now;
	}

	public ParsedMail mail() {
		if (mail == null) {
			throw new IllegalStateException("the message has not been parsed yet");
		}
		return mail;
	}

	public @Nullable Outcome outcome() {
		return outcome;
	}

	public @Nullable TicketId ticket() {
		return ticket;
	}

	public @Nullable MessageId message() {
		return message;
	}

	public @Nullable String note() {
		return note;
	}

	public @Nullable String automatic() {
		return automatic;
	}

	public @Nullable TicketId continues() {
		return continues;
	}

	public @Nullable String threadedBy() {
		return threadedBy;
	}

	public @Nullable Relay relay() {
		return relay;
	}

	public @Nullable CustomerId customer() {
		return customer;
	}

	public @Nullable String dedupeKey() {
		return dedupeKey;
	}

	public @Nullable String html() {
		return html;
	}

	public List<String> tags() {
		return tags;
	}
}
