package dev.meridian.sla.internal;

import dev.meridian.ticket.MessageReceived;
import dev.meridian.ticket.ReplyQueued;
import dev.meridian.ticket.TicketOpened;
import dev.meridian.ticket.TicketStatusChanged;
import dev.meridian.ticket.TicketUpdated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves the ticket's timers in the transaction that changed the ticket, like the other listeners of ticket
 * events here: the due time is committed with the message or reply that moved it, and the API's answer to that
 * request already shows it (docs/adr/0006-sla-timers.md).
 */
@Component
class TicketEventsListener {

	private final TicketTimers timers;

	TicketEventsListener(TicketTimers timers) {
		this.timers = timers;
	}

	@EventListener
	void on(TicketOpened event) {
		timers.opened(event.ticket());
	}

	@EventListener
	void on(MessageReceived event) {
		timers.messageReceived(event.ticket(), event.message());
	}

	/** A rule's automatic reply (an acknowledgement, a reminder) does not answer the customer. */
	@EventListener
	void on(ReplyQueued event) {
		if (event.automatic()) {
			return;
		}
		timers.replied(event.ticket(), event.message());
	}

	@EventListener
	void on(TicketStatusChanged event) {
		timers.statusChanged(event.ticket(), event.from(), event.to());
	}

	@EventListener
	void on(TicketUpdated event) {
		timers.updated(event.ticket(), event.fields());
	}
}
