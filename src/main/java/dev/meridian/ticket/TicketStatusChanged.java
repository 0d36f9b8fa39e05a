package dev.meridian.ticket;

public record TicketStatusChanged(TicketId ticket, TicketStatus from, TicketStatus to) {
}
