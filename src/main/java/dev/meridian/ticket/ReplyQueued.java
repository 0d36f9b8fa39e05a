package dev.meridian.ticket;

/** An agent's reply is stored and waits for its channel to deliver it. */
public record ReplyQueued(TicketId ticket, MessageId message, Channel channel) {
}
