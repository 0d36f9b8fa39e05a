package dev.meridian.ticket;

public record MessageReceived(TicketId ticket, MessageId message) {
}
