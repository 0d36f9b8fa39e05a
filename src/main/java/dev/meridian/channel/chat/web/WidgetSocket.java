package dev.meridian.channel.chat.web;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.meridian.channel.chat.ChatMessage;
import dev.meridian.channel.chat.internal.ChatConversations;
import dev.meridian.channel.chat.internal.ChatRateLimits;
import dev.meridian.channel.chat.internal.ChatRefused;
import dev.meridian.channel.chat.internal.VisitorConnections;
import dev.meridian.channel.chat.internal.VisitorTokens;
import dev.meridian.channel.chat.internal.VisitorTokens.Visitor;
import dev.meridian.identity.BrandId;
import dev.meridian.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The widget's WebSocket ({@code /widget/ws?brand=..&token=..}). Frames are JSON: the visitor sends
 * {@code message} (with its {@code clientId}), {@code typing} and {@code sync} (with {@code after}, the last message
 * id it has); the server answers {@code ack} (the stored message), {@code messages}, {@code error}, and pushes
 * {@code message} and {@code typing} as they happen.
 */
@Component
class WidgetSocket extends TextWebSocketHandler implements HandshakeInterceptor {

	private static final String VISITOR = "visitor";
	private static final String CONNECTION = "connection";
	private static final long RESEND_AFTER_SECONDS = 3;
	private static final Logger log = LoggerFactory.getLogger(WidgetSocket.class);

	private final VisitorTokens tokens;
	private final ChatConversations conversations;
	private final VisitorConnections connections;
	private final ChatRateLimits limits;
	private final ObjectMapper json;

	WidgetSocket(VisitorTokens tokens, ChatConversations conversations, VisitorConnections connections,
			ChatRateLimits limits, ObjectMapper json) {
		this.tokens = tokens;
		this.conversations = conversations;
		this.connections = connections;
		this.limits = limits;
		this.json = json;
	}

	@Override
	public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			Map<String, Object> attributes) {
		var query = UriComponentsBuilder.fromUri(request.getURI()).build().getQueryParams();
		Optional<Visitor> visitor;
		try {
			visitor = tokens.verify(BrandId.parse(String.valueOf(query.getFirst("brand"))),
					String.valueOf(query.getFirst("token")));
		}
		catch (DomainException e) {
			visitor = Optional.empty();
		}
		if (visitor.isEmpty()) {
			response.setStatusCode(org.springframework.http.HttpStatus.UNAUTHORIZED);
			return false;
		}
		attributes.put(VISITOR, visitor.get());
		return true;
	}

	@Override
	public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			@Nullable Exception exception) {
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession session) {
		Visitor visitor = visitor(session);
		VisitorConnections.Connection connection = connections.open(visitor.id(), frame -> {
			if (session.isOpen()) {
				session.sendMessage(new TextMessage(frame));
			}
		}, () -> close(session));
		session.getAttributes().put(CONNECTION, connection);
		conversations.currentTicket(visitor).ifPresent(t -> connections.talksIn(visitor.id(), t));
		connection.send(json.writeValueAsString(Map.of("type", "hello", "available",
				conversations.anyoneAvailable(visitor))));
	}

	@Override
	protected void handleTextMessage(WebSocketSession session, TextMessage text) {
		Visitor visitor = visitor(session);
		VisitorConnections.Connection connection = (VisitorConnections.Connection) session.getAttributes()
			.get(CONNECTION);
		JsonNode frame;
		try {
			frame = json.readTree(text.getPayload());
		}
		catch (RuntimeException e) {
			connection.send(error(null, "chat.malformed_frame", "frames are JSON objects", 0));
			return;
		}
		String type = frame.path("type").asString("");
		String clientId = frame.path("clientId").isString() ? frame.path("clientId").asString() : null;
		try {
			InetSocketAddress remote = session.getRemoteAddress();
			limits.request(remote == null ? "unknown" : remote.getAddress().getHostAddress());
			switch (type) {
				case "message" -> {
					limits.message(visitor.id());
					ChatMessage stored = conversations.post(visitor, String.valueOf(clientId), optional(frame, "text"),
							optional(frame, "name"), optional(frame, "email"), null);
					conversations.currentTicket(visitor).ifPresent(t -> connections.talksIn(visitor.id(), t));
					connection.send(connections.frame("ack", stored));
				}
				case "typing" -> conversations.typing(visitor);
				case "sync" -> {
					Map<String, Object> answer = new LinkedHashMap<>();
					answer.put("type", "messages");
					answer.put("items", conversations.messagesAfter(visitor, frame.path("after").asLong(0)));
					answer.put("available", conversations.anyoneAvailable(visitor));
					connection.send(json.writeValueAsString(answer));
				}
				default -> connection.send(error(clientId, "chat.unknown_frame", "unknown frame type '" + type + "'", 0));
			}
		}
		catch (ChatRefused e) {
			connection.send(error(clientId, e.code(), e.getMessage(), e.retryAfterSeconds()));
		}
		catch (DomainException e) {
			connection.send(error(clientId, e.code(), e.getMessage(), 0));
		}
		catch (RuntimeException e) {
			// A failure of ours (the database, say) must not cost the visitor the connection: the widget resends.
			log.warn("A widget frame of type '{}' failed", type, e);
			connection.send(error(clientId, "chat.unavailable", "the message could not be stored now; it is resent shortly",
					RESEND_AFTER_SECONDS));
		}
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
		Object connection = session.getAttributes().get(CONNECTION);
		if (connection != null) {
			connections.close(visitor(session).id(), (VisitorConnections.Connection) connection);
		}
	}

	/** Hangs up on a widget that stopped reading; it reconnects and syncs what it missed. */
	private static void close(WebSocketSession session) {
		try {
			session.close(CloseStatus.SESSION_NOT_RELIABLE);
		}
		catch (IOException e) {
			// the connection is gone already
		}
	}

	/** {@code retryAfter} above zero tells the widget to resend the message by itself after that many seconds. */
	private String error(@Nullable String clientId, String code, @Nullable String message, long retryAfter) {
		Map<String, Object> frame = new LinkedHashMap<>();
		frame.put("type", "error");
		if (clientId != null) {
			frame.put("clientId", clientId);
		}
		frame.put("code", code);
		frame.put("message", message == null ? code : message);
		if (retryAfter > 0) {
			frame.put("retryAfter", retryAfter);
		}
		return json.writeValueAsString(frame);
	}

	private static @Nullable String optional(JsonNode frame, String field) {
		JsonNode node = frame.get(field);
		return node == null || node.isNull() ? null : node.asString();
	}

	private static Visitor visitor(WebSocketSession session) {
		return (Visitor) session.getAttributes().get(VISITOR);
	}

}
