package dev.meridian.channel.chat.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.meridian.channel.chat.ChatMessage;
import dev.meridian.channel.chat.internal.VisitorTokens.Visitor;
import dev.meridian.customer.CustomerDraft;
import dev.meridian.customer.CustomerIdentity;
import dev.meridian.customer.CustomerView;
import dev.meridian.customer.Customers;
import dev.meridian.customer.IdentityKind;
import dev.meridian.live.LiveBus;
import dev.meridian.live.LiveEvent;
import dev.meridian.routing.AgentAvailability;
import dev.meridian.shared.DomainException;
import dev.meridian.ticket.AuthorType;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.InboundMessage;
import dev.meridian.ticket.MessageBody;
import dev.meridian.ticket.MessageKind;
import dev.meridian.ticket.MessageView;
import dev.meridian.ticket.NewAttachment;
import dev.meridian.ticket.OpenTicket;
import dev.meridian.ticket.Received;
import dev.meridian.ticket.TicketChanges;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.Tickets;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A visitor's chat: which ticket they are talking in, their messages in and the agents' replies out, each visitor
 * message stored once however often the widget resends it (its client id), and the offline path that opens an
 * email ticket when nobody of the brand is available.
 */
@Service
public class ChatConversations {

	public static final int MAX_TEXT = 5_000;
	public static final int MAX_FILE = 10 * 1024 * 1024;

	private final Tickets tickets;
	private final Customers customers;
	private final AgentAvailability availability;
	private final LiveBus bus;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	ChatConversations(Tickets tickets, Customers customers, AgentAvailability availability, LiveBus bus,
			JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
		this.tickets = tickets;
		this.customers = customers;
		this.availability = availability;
		this.bus = bus;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	public boolean anyoneAvailable(Visitor visitor) {
		return availability.anyoneAvailable(visitor.brand());
	}

	/** The ticket the visitor talks in now, if they have written yet. */
	public Optional<TicketId> currentTicket(Visitor visitor) {
		return jdbc.sql("select ticket_id from chat_conversation where visitor = ? order by id desc limit 1")
			.param(visitor.id())
			.query(Long.class)
			.optional()
			.map(TicketId::new);
	}

	/** The visitors talking in this ticket (usually one). */
	public List<String> visitorsOf(TicketId ticket) {
		return jdbc.sql("select distinct visitor from chat_conversation where ticket_id = ?")
			.param(ticket.value())
			.query(String.class)
			.list();
	}

	/** What the visitor and the agents wrote in the current chat after message {@code after} (0: everything). */
	public List<ChatMessage> messagesAfter(Visitor visitor, long after) {
		return currentTicket(visitor).map(ticket -> messages(ticket, after)).orElse(List.of());
	}

	public List<ChatMessage> messages(TicketId ticket, long after) {
		Map<Long, String> clientIds = jdbc
			.sql("select message_id, client_id from chat_client_message where ticket_id = ? and message_id > ?")
			.param(ticket.value())
			.param(after)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
		return tickets.conversation(ticket).stream()
			.filter(m -> m.id().value() > after && m.kind() != MessageKind.NOTE)
			.map(m -> view(m, clientIds.get(m.id().value())))
			.toList();
	}

	/** One message of a chat as the visitor sees it; empty for notes and unknown ids. */
	public Optional<ChatMessage> message(TicketId ticket, long messageId) {
		return messages(ticket, messageId - 1).stream().filter(m -> m.id().equals(Long.toString(messageId))).findFirst();
	}

	/**
	 * Stores the visitor's message once per {@code clientId}: a resend answers the message stored the first time.
	 * The first message opens a chat ticket; a visitor whose chat was closed gets a follow-up ticket.
	 */
	public ChatMessage post(Visitor visitor, String clientId, @Nullable String text, @Nullable String name,
			@Nullable String email, @Nullable NewAttachment file) {
		checkClientId(clientId);
		String body = text == null ? "" : text.strip();
		if (body.isEmpty() && file == null) {
			throw DomainException.malformed("chat.empty_message", "write something or attach a file");
		}
		if (body.length() > MAX_TEXT) {
			throw new DomainException(DomainException.Kind.TOO_LARGE, "chat.message_too_long",
					"a chat message has at most " + MAX_TEXT + " characters");
		}
		Optional<ChatMessage> known = stored(visitor, clientId);
		if (known.isPresent()) {
			return known.get();
		}
		try {
			return transactions.execute(tx -> store(visitor, clientId, body, name, email, file));
		}
		catch (DataIntegrityViolationException raced) {
			// The same message arrived twice at once (two tabs, a resend racing the original): the first one won.
			return stored(visitor, clientId).orElseThrow(() -> raced);
		}
	}

	private ChatMessage store(Visitor visitor, String clientId, String body, @Nullable String name,
			@Nullable String email, @Nullable NewAttachment file) {
		CustomerView customer = customer(visitor, name, email);
		Optional<TicketId> current = currentTicket(visitor);
		MessageBody message = new MessageBody(body, null, file == null ? List.of() : List.of(file));
		Received received = tickets.receive(new InboundMessage(visitor.brand(), Channel.CHAT, customer.id(),
				subject(body, file), message, current.orElse(null), null));
		if (current.isEmpty() || !current.get().equals(received.ticket())) {
			jdbc.sql("insert into chat_conversation (brand_id, visitor, ticket_id, created_at) values (?, ?, ?, ?)")
				.param(visitor.brand().value())
				.param(visitor.id())
				.param(received.ticket().value())
				.param(java.sql.Timestamp.from(clock.instant()))
				.update();
		}
		jdbc.sql("insert into chat_client_message (visitor, client_id, ticket_id, message_id, created_at) "
				+ "values (?, ?, ?, ?, ?)")
			.param(visitor.id())
			.param(clientId)
			.param(received.ticket().value())
			.param(received.message().value())
			.param(java.sql.Timestamp.from(clock.instant()))
			.update();
		return message(received.ticket(), received.message().value()).orElseThrow();
	}

	private Optional<ChatMessage> stored(Visitor visitor, String clientId) {
		return jdbc.sql("select ticket_id, message_id from chat_client_message where visitor = ? and client_id = ?")
			.param(visitor.id())
			.param(clientId)
			.query((rs, n) -> message(new TicketId(rs.getLong(1)), rs.getLong(2)))
			.optional()
			.flatMap(Function.identity());
	}

	/**
	 * Nobody of the brand is available: the visitor leaves a message and an email address, and an email ticket opens,
	 * so the agent's reply goes out by email and the customer's answer threads back into it. Answers the ticket's
	 * number; a resend with the same client id opens nothing new.
	 */
	public long leaveMessage(Visitor visitor, String clientId, String email, @Nullable String name, String text) {
		checkClientId(clientId);
		String body = text.strip();
		if (body.isEmpty()) {
			throw DomainException.malformed("chat.empty_message", "write something");
		}
		if (body.length() > MAX_TEXT) {
			throw new DomainException(DomainException.Kind.TOO_LARGE, "chat.message_too_long",
					"a chat message has at most " + MAX_TEXT + " characters");
		}
		CustomerIdentity address = CustomerIdentity.email(email);
		return transactions.execute(tx -> {
			CustomerView customer = customers.identify(address, blankToNull(name));
			OpenTicket open = new OpenTicket(subject(body, null), visitor.brand(), Channel.EMAIL, customer.id(),
					MessageBody.text(body), null, List.of("chat-offline"), null);
			return tickets.openOnce("chat-offline", visitor.id() + ":" + clientId, open,
					new TicketChanges(null, null, null, null, null, null)).ticket().number();
		});
	}

	/** The visitor is typing: agents who have the chat open see it. */
	public void typing(Visitor visitor) {
		currentTicket(visitor).ifPresent(ticket -> bus.publish(LiveEvent.of("visitor-typing", "ticket", ticket)));
	}

	private CustomerView customer(Visitor visitor, @Nullable String name, @Nullable String email) {
		CustomerView customer = customers.identify(new CustomerIdentity(IdentityKind.CHAT_VISITOR, visitor.id()),
				blankToNull(name));
		boolean rename = blankToNull(name) != null && !name.strip().equals(customer.name());
		boolean addEmail = blankToNull(email) != null && customer.email() == null;
		if (rename || addEmail) {
			try {
				customer = customers.update(customer.id(), new CustomerDraft(rename ? name.strip() : null,
						addEmail ? email.strip() : null, null, null, null, null));
			}
			catch (DomainException e) {
				// an address another customer already has, or not an address: the chat goes on without it
			}
		}
		return customer;
	}

	private static String subject(String body, @Nullable NewAttachment file) {
		String line = body.isEmpty() && file != null ? file.fileName() : body.lines().findFirst().orElse("").strip();
		return line.length() > 80 ? line.substring(0, 79) + "…" : line;
	}

	private static void checkClientId(String clientId) {
		if (!clientId.matches("[A-Za-z0-9_-]{8,64}")) {
			throw DomainException.malformed("chat.invalid_client_id",
					"clientId must be 8 to 64 letters, digits, '-' or '_'");
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static ChatMessage view(MessageView m, @Nullable String clientId) {
		boolean visitor = m.authorType() == AuthorType.CUSTOMER;
		return new ChatMessage(m.id().toString(), clientId, visitor ? "visitor" : "agent", m.authorName(), m.body(),
				m.createdAt(), m.attachments().stream().map(MessageView.AttachmentView::fileName).toList());
	}
}
