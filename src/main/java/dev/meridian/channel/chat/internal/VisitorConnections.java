package dev.meridian.channel.chat.internal;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.meridian.channel.chat.ChatMessage;
import dev.meridian.live.LiveBus;
import dev.meridian.live.LiveEvent;
import dev.meridian.live.LiveOutbox;
import dev.meridian.live.LiveOutboxes;
import dev.meridian.ticket.TicketId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The widget connections (WebSocket or server-sent events) open on this node, by visitor. It listens to the live
 * bus, so a reply written on any node reaches a visitor connected to this one: a {@code message} event of a chat
 * ticket goes to the ticket's visitors as {@code {"type":"message"}}, an agent typing in it as
 * {@code {"type":"typing"}}.
 */
@Component
public class VisitorConnections implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(VisitorConnections.class);

	/** Writes one frame to a widget client; may block while the client's socket is full. */
	@FunctionalInterface
	public interface FrameWriter {
		void write(String frame) throws IOException;
	}

	/**
	 * One open widget connection. Frames are queued and written in order on a writer thread, so a visitor whose
	 * network stalls delays neither the live bus nor other visitors; a failed write, or more than
	 * {@value #MAX_WAITING} frames waiting, closes the connection and the widget reconnects and syncs.
	 */
	public final class Connection {

		private final String visitor;
		private final FrameWriter writer;
		private final Runnable hangUp;
		private final LiveOutbox<String> outbox;

		private Connection(String visitor, FrameWriter writer, Runnable hangUp) {
			this.visitor = visitor;
			this.writer = writer;
			this.hangUp = hangUp;
			this.outbox = outboxes.open(MAX_WAITING, this::write, this::giveUp);
		}

		/** Queues a frame; never blocks nor throws. */
		public void send(String frame) {
			outbox.offer(frame);
		}

		private void write(String frame) {
			try {
				writer.write(frame);
			}
			catch (IOException | RuntimeException e) {
				giveUp();
			}
		}

		private void giveUp() {
			close(visitor, this);
			try {
				hangUp.run();
			}
			catch (RuntimeException e) {
				log.debug("Closing a stalled widget connection failed", e);
			}
		}
	}

	static final int MAX_WAITING = 500;

	private final Map<String, Set<Connection>> byVisitor = new ConcurrentHashMap<>();
	private final Map<TicketId, String> visitorOfTicket = new ConcurrentHashMap<>();
	private final ChatConversations conversations;
	private final ObjectMapper json;
	private final LiveOutboxes outboxes;
	private final LiveBus.Subscription subscription;

	VisitorConnections(ChatConversations conversations, LiveBus bus, LiveOutboxes outboxes, ObjectMapper json) {
		this.conversations = conversations;
		this.json = json;
		this.outboxes = outboxes;
		this.subscription = bus.subscribe(this::deliver);
	}

	/**
	 * Registers a client of {@code visitor} that receives frames through {@code writer}; {@code hangUp} closes its
	 * connection when it fails or falls too far behind.
	 */
	public Connection open(String visitor, FrameWriter writer, Runnable hangUp) {
		Connection connection = new Connection(visitor, writer, hangUp);
		byVisitor.computeIfAbsent(visitor, v -> ConcurrentHashMap.newKeySet()).add(connection);
		return connection;
	}

	public void close(String visitor, Connection connection) {
		connection.outbox.close();
		byVisitor.computeIfPresent(visitor, (v, set) -> {
			set.remove(connection);
			return set.isEmpty() ? null : set;
		});
	}

	/** How many widget connections this node holds now. */
	public int size() {
		return byVisitor.values().stream().mapToInt(Set::size).sum();
	}

	public String frame(String type, Object payload) {
		return json.writeValueAsString(Map.of("type", type, type.equals("message") || type.equals("ack") ? "message" : "data", payload));
	}

	private void deliver(LiveEvent event) {
		try {
			switch (event.kind()) {
				case "message" -> {
					if ("chat".equals(event.get("channel")) && !"note".equals(event.get("author"))) {
						TicketId ticket = TicketId.parse(event.get("ticket"));
						for (String visitor : conversations.visitorsOf(ticket)) {
							visitorOfTicket.put(ticket, visitor);
							Set<Connection> connections = byVisitor.get(visitor);
							if (connections != null && !connections.isEmpty()) {
								conversations.message(ticket, Long.parseLong(event.get("message")))
									.ifPresent(m -> send(connections, frame("message", m)));
							}
						}
					}
				}
				case "viewing" -> {
					if ("typing".equals(event.get("state"))) {
						String visitor = visitorOfTicket.get(TicketId.parse(event.get("ticket")));
						Set<Connection> connections = visitor == null ? null : byVisitor.get(visitor);
						if (connections != null) {
							send(connections, frame("typing", Map.of("from", "agent")));
						}
					}
				}
				default -> {
				}
			}
		}
		catch (RuntimeException e) {
			log.warn("Could not pass a live {} event to widget visitors", event.kind(), e);
		}
	}

	/** Remembers which visitor talks in a ticket, so that agents' typing reaches them without a query. */
	public void talksIn(String visitor, TicketId ticket) {
		visitorOfTicket.put(ticket, visitor);
	}

	private static void send(Set<Connection> connections, String frame) {
		for (Connection connection : connections) {
			connection.send(frame);
		}
	}

	/** Hangs up on every widget when the node starts to shut down, so the graceful shutdown need not wait for them. */
	@EventListener(ContextClosedEvent.class)
	void hangUpOnShutdown() {
		byVisitor.values().forEach(set -> set.forEach(Connection::giveUp));
	}

	@Override
	public void destroy() {
		subscription.close();
	}

}
