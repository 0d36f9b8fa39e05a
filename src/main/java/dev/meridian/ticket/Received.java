package dev.meridian.ticket;

/** Where an inbound message landed: its ticket and message, and whether a ticket was opened for it. */
public record Received(TicketId ticket, MessageId message, boolean openedTicket) {
}
