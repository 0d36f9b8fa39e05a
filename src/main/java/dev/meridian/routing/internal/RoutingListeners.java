package dev.meridian.routing.internal;

import dev.meridian.identity.AgentStatusChanged;
import dev.meridian.routing.AgentPresenceChanged;
import dev.meridian.routing.Presence;
import dev.meridian.routing.Routing;
import dev.meridian.ticket.TicketOpened;
import dev.meridian.ticket.TicketStatus;
import dev.meridian.ticket.TicketStatusChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Routing's reactions. Tickets are routed after the ticket's transaction commits, so that language detection has
 * set the ticket's language and a routing problem never loses the customer's message; presence changes become
 * {@link AgentPresenceChanged} in the transaction that made them. The reactions are durable (ADR 8) and idempotent:
 * routing a ticket that has an assignee, or re-routing an agent who holds nothing, changes nothing.
 */
@Component
class RoutingListeners {

	private final Routing routing;
	private final ApplicationEventPublisher events;

	RoutingListeners(Routing routing, ApplicationEventPublisher events) {
		this.routing = routing;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(TicketOpened event) {
		routing.route(event.ticket());
	}

	@ApplicationModuleListener
	void on(TicketStatusChanged event) {
		if (event.from() == TicketStatus.SOLVED && event.to().isActive()) {
			routing.reopened(event.ticket());
		}
	}

	@EventListener
	void on(AgentStatusChanged event) {
		events.publishEvent(new AgentPresenceChanged(event.agent(), Presence.of(event.to()), event.at()));
	}

	@ApplicationModuleListener
	void on(AgentPresenceChanged event) {
		if (event.presence() == Presence.OFFLINE) {
			routing.rerouteWorkOf(event.agentId());
		}
	}
}
