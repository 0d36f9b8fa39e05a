package dev.meridian.live.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.meridian.live.LiveBus;
import dev.meridian.live.LiveEvent;
import dev.meridian.shared.AuditableChange;
import dev.meridian.shared.DomainException;
import dev.meridian.ticket.AuthorType;
import dev.meridian.ticket.MessageReceived;
import dev.meridian.ticket.ReplyQueued;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.TicketOpened;
import dev.meridian.ticket.TicketStatusChanged;
import dev.meridian.ticket.TicketUpdated;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns the ticket module's events into live events once their transaction has committed, so that an agent who
 * refetches on a live event reads the change. Plain listeners on purpose, not durable module listeners: a live
 * event that is lost in a crash only delays a refresh, and storing a publication for each would cost two writes
 * per change. Kinds: {@code ticket} (opened, updated, status: the inbox refetches its list) and {@code message}
 * (the open ticket appends it).
 */
@Component
class TicketActivity implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(TicketActivity.class);

	private final LiveBus bus;
	private final Tickets tickets;
	private final ExecutorService work = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "live-tickets");
		thread.setDaemon(true);
		return thread;
	});

	TicketActivity(LiveBus bus, Tickets tickets) {
		this.bus = bus;
		this.tickets = tickets;
	}

	@EventListener
	void on(TicketOpened event) {
		ticketChanged(event.ticket(), "opened", null);
	}

	@EventListener
	void on(TicketUpdated event) {
		ticketChanged(event.ticket(), "updated", String.join(",", event.fields()));
	}

	@EventListener
	void on(TicketStatusChanged event) {
		ticketChanged(event.ticket(), "status", event.to().key());
	}

	@EventListener
	void on(MessageReceived event) {
		messageAdded(event.ticket(), event.message().toString(), AuthorType.CUSTOMER.key());
	}

	@EventListener
	void on(ReplyQueued event) {
		messageAdded(event.ticket(), event.message().toString(), event.author().key());
	}

	/** Internal notes raise no ticket event of their own; the audit trail's entry says one was added. */
	@EventListener
	void on(AuditableChange event) {
		if ("ticket".equals(event.entityType()) && "noted".equals(event.action())) {
			messageAdded(TicketId.parse(event.entityId()), event.changes().get("message"), "note");
		}
	}

	/** A message joined the conversation; {@code channel} lets the chat channel pick its own. */
	private void messageAdded(TicketId id, @Nullable String message, String author) {
		afterCommit(() -> find(id).ifPresent(ticket -> bus.publish(LiveEvent.of("message", "ticket", id, "message",
				message, "author", author, "channel", ticket.channel().key(), "brand", ticket.brand()))));
	}

	private java.util.Optional<TicketView> find(TicketId id) {
		try {
			return java.util.Optional.of(tickets.get(id));
		}
		catch (DomainException e) {
			return java.util.Optional.empty();
		}
	}

	private void ticketChanged(TicketId id, String change, @Nullable String detail) {
		afterCommit(() -> find(id).ifPresent(ticket -> bus.publish(LiveEvent.of("ticket", "ticket", id, "change",
				change, "number", ticket.number(), "detail", detail, "brand", ticket.brand(), "channel",
				ticket.channel().key(), "status",
				ticket.status().key(), "assignee", ticket.assignee()))));
	}

	/** Runs on this module's own thread after the commit, never inside the writer's transaction. */
	private void afterCommit(Runnable task) {
		Runnable guarded = () -> {
			try {
				task.run();
			}
			catch (RuntimeException e) {
				log.warn("Could not publish a live ticket event", e);
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					work.execute(guarded);
				}
			});
		}
		else {
			work.execute(guarded);
		}
	}

	@Override
	public void destroy() {
		work.shutdownNow();
	}
}
