package dev.meridian.ticket;

import org.jspecify.annotations.Nullable;

/**
 * A reply to the customer was stored and waits for its channel to send it. {@code author} tells an agent's reply
 * from an automatic one ({@link AuthorType#SYSTEM}, sent by a rule): only an agent's reply answers the customer for
 * service-level purposes. Publications stored before the field existed read as an agent's reply.
 */
public record ReplyQueued(TicketId ticket, MessageId message, Channel channel, AuthorType author) {

	public ReplyQueued(TicketId ticket, MessageId message, Channel channel, @Nullable AuthorType author) {
		this.ticket = ticket;
		this.message = message;
		this.channel = channel;
		this.author = author == null ? AuthorType.AGENT : author;
	}

	/** Sent by a rule rather than written by an agent. */
	public boolean automatic() {
		return author == AuthorType.SYSTEM;
	}
}
