package dev.meridian.ticket;

public record TicketOpened(TicketId ticket) {
}
