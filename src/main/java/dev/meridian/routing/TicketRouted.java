package dev.meridian.routing;

import dev.meridian.ticket.TicketId;

/** Routing decided where a ticket goes; the decision says to which team and agent, or why it waits. */
public record TicketRouted(TicketId ticket, RoutingDecision decision) {
}
