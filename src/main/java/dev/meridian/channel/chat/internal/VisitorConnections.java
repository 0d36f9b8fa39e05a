package dev.meridian.channel.chat.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.meridian.channel.chat.ChatMessage;
import dev.meridian.live.LiveBus;
import dev.meridian.live.LiveEvent;
import dev.meridian.ticket.TicketId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
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

	/** One open widget connection; {@code send} must not throw and must be safe from several threads. */
	public interface Connection {
		void send(String json);
	}

	private final Map<String, Set<Connection>> byVisitor = new ConcurrentHashMap<>();
	private final Map<TicketId, String> visitorOfTicket = new ConcurrentHashMap<>();
	private final ChatConversations conversations;
	private final ObjectMapper json;
	private final LiveBus.Subscription subscription;

	VisitorConnections(ChatConversations conversations, LiveBus bus, ObjectMapper json) {
		this.conversations = conversations;
		this.json = json;
		this.subscription = bus.subscribe(this::deliver);
	}

	public void open(String visitor, Connection connection) {
		byVisitor.computeIfAbsent(visitor, v -> ConcurrentHashMap.newKeySet()).add(connection);
	}

	public void close(String visitor, Connection connection) {
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

	@Override
	public void destroy() {
		subscription.close();
	}

}
