package dev.meridian.ticket;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.*;

import dev.meridian.customer.CustomerView;
import dev.meridian.customer.Customers;
import dev.meridian.identity.AgentId;
import dev.meridian.identity.AgentView;
import dev.meridian.identity.Agents;
import dev.meridian.identity.Brands;
import dev.meridian.identity.TeamId;
import dev.meridian.identity.Teams;
import dev.meridian.shared.AuditActor;
import dev.meridian.shared.AuditableChange;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.LanguageTag;
import dev.meridian.shared.PageRequest;
import dev.meridian.shared.SanitizedHtml;
import dev.meridian.shared.Slice;
import dev.meridian.ticket.internal.*;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ticket module's front door: open tickets, take inbound messages from any channel, reply, note, change,
 * merge and split. Every change is published as an event and recorded in the audit trail in the same
 * transaction.
 */
@Service
@Transactional
public class Tickets {

	/** The width of the HTML column: formatting may make HTML several times longer than its text. */
	private static final int MAX_HTML_LENGTH = 2_000_000;

	private final TicketRepository tickets;
	private final MessageRepository messages;
	private final AttachmentRepository attachments;
	private final TicketQueries queries;
	private final TicketIndex index;
	private final TicketNumbers numbers;
	private final IdempotencyKeys idempotencyKeys;
	private final Brands brands;
	private final Teams teams;
	private final Agents agents;
	private final Customers customers;
	private final TicketSettings settings;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Tickets(TicketRepository tickets, MessageRepository messages, AttachmentRepository attachments,
			TicketQueries queries, TicketIndex index, TicketNumbers numbers, IdempotencyKeys idempotencyKeys, Brands brands, Teams teams, Agents agents, Customers customers,
			TicketSettings settings, ApplicationEventPublisher events, Clock clock) {
		this.tickets = tickets;
		this.messages = messages;
		this.attachments = attachments;
		this.queries = queries;
		this.index = index;
		this.numbers = numbers;
		this.idempotencyKeys = idempotencyKeys;
		this.brands = brands;
		this.teams = teams;
		this.agents = agents;
		this.customers = customers;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens a ticket with the customer's first message. The view returned already shows what synchronous
	 * listeners of {@link MessageReceived} set in this transaction, such as the detected language.
	 */
	public TicketView open(OpenTicket command) {
		if (!brands.exists(command.brand())) {
			throw DomainException.ruleBroken("ticket.unknown_brand", "brand " + command.brand() + " does not exist");
		}
		CustomerView customer = customers.get(command.customer());
		Instant at = command.receivedAt() == null ? clock.instant() : command.receivedAt();
		Ticket ticket = new Ticket(numbers.next(), command.subject(), command.brand(), command.channel(),
				command.customer(), command.priority() == null ? Priority.NORMAL : command.priority(), at);
		if (!command.tags().isEmpty()) {
			ticket.retag(command.tags(), at);
		}
		tickets.saveAndFlush(ticket);
		Message message = store(ticket, MessageKind.INBOUND, AuthorType.CUSTOMER, customer.id().value(),
				customer.name(), command.message(), at);
		TicketView view = ticket.view();
		events.publishEvent(new TicketOpened(view.id()));
		events.publishEvent(new MessageReceived(view.id(), new MessageId(message.id())));
		audit(view.id(), "opened", Map.of("subject", view.subject(), "channel", view.channel().key(), "customer",
				customer.id().toString(), "brand", view.brand().toString()));
		return ticket.view();
	}

	/**
	 * Opens a ticket and applies {@code initial} changes (an assignee, a team) in the same transaction, so that a
	 * refused change leaves no ticket behind.
	 */
	public TicketView open(OpenTicket command, TicketChanges initial) {
		TicketView opened = open(command);
		return update(opened.id(), initial);
	}

	/**
	 * Opens a ticket once per client key: a retry with the same {@code scope} and {@code key} returns the ticket
	 * the first request opened.
	 */
	public Opened openOnce(String scope, String key, OpenTicket command, TicketChanges initial) {
		Optional<Long> known = idempotencyKeys.recall(scope, key);
		if (known.isPresent()) {
			return new Opened(get(new TicketId(known.get())), true);
		}
		TicketView view = open(command, initial);
		idempotencyKeys.remember(scope, key, view.id().value());
		return new Opened(view, false);
	}

	public record Opened(TicketView ticket, boolean replayed) {
	}

	/**
	 * Takes a customer's message from a channel. It continues its ticket when the channel threaded it: a solved
	 * ticket opens again, a closed one gets a follow-up ticket linked to it. Otherwise a new ticket opens.
	 */
	public Received receive(InboundMessage inbound) {
		if (inbound.continues() == null) {
			TicketView opened = open(new OpenTicket(inbound.subject(), inbound.brand(), inbound.channel(),
					inbound.customer(), inbound.body(), null, List.of(), inbound.receivedAt()));
			return new Received(opened.id(), firstMessage(opened.id()), true);
		}
		Ticket ticket = find(inbound.continues());
		if (ticket.isClosed()) {
			TicketView followUp = open(new OpenTicket(inbound.subject(), inbound.brand(), inbound.channel(),
					inbound.customer(), inbound.body(), ticket.view().priority(), ticket.view().tags(), inbound.receivedAt()));
			Ticket created = find(followUp.id());
			created.followUpOf(ticket);
			audit(followUp.id(), "follow_up", Map.of("followUpOf", ticket.view().id().toString()));
			return new Received(followUp.id(), firstMessage(followUp.id()), true);
		}
		Instant at = inbound.receivedAt() == null ? clock.instant() : inbound.receivedAt();
		CustomerView customer = customers.get(inbound.customer());
		TicketStatus from = ticket.customerWrote(at);
		Message message = store(ticket, MessageKind.INBOUND, AuthorType.CUSTOMER, customer.id().value(),
				customer.name(), inbound.body(), at);
		statusChanged(ticket, from);
		TicketId id = ticket.view().id();
		events.publishEvent(new MessageReceived(id, new MessageId(message.id())));
		audit(id, "message_received", Map.of("message", message.id().toString()));
		return new Received(id, new MessageId(message.id()), false);
	}

	/** An agent's reply to the customer; {@code then} optionally sets the status in the same step. */
	public MessageView reply(TicketId id, AgentId author, MessageBody body, @Nullable TicketStatus then) {
		return reply(id, author, body, then, clock.instant());
	}

	/** A reply written at {@code now}: for importing history from another help desk. */
	public MessageView reply(TicketId id, AgentId author, MessageBody body, @Nullable TicketStatus then, Instant now) {
		return reply(id, author, body, then, null, now);
	}

	/**
	 * A reply the agent wrote in their own language ({@code original}) and sends as {@code body}, its translation into
	 * the customer's language. Only {@code body} reaches the customer; the original stays with the message for agents.
	 * The reply's language is the ticket's. Without an original this is a plain reply.
	 */
	public MessageView reply(TicketId id, AgentId author, MessageBody body, @Nullable TicketStatus then,
			@Nullable AgentOriginal original) {
		return reply(id, author, body, then, original, clock.instant());
	}

	private MessageView reply(TicketId id, AgentId author, MessageBody body, @Nullable TicketStatus then,
			@Nullable AgentOriginal original, Instant now) {
		Ticket ticket = find(id);
		AgentView agent = agents.get(author);
		TicketStatus from = ticket.agentReplied(now);
		Message message = store(ticket, MessageKind.OUTBOUND, AuthorType.AGENT, author.value(), agent.name(), body, now);
		if (original != null) {
			if (original.text().length() > settings.maxBodyLength()) {
				throw new DomainException(DomainException.Kind.TOO_LARGE, "message.too_long",
						"a message has at most " + settings.maxBodyLength() + " characters");
			}
			message.keepAgentOriginal(original);
			String language = ticket.view().language();
			if (LanguageTag.known(language)) {
				message.speak(language, null);
			}
			messages.saveAndFlush(message);
		}
		if (then != null) {
			ticket.changeStatus(then, now);
		}
		statusChanged(ticket, from);
		events.publishEvent(new ReplyQueued(id, new MessageId(message.id()), ticket.view().channel(), AuthorType.AGENT));
		audit(id, "replied", then == null ? Map.of("message", message.id().toString())
				: Map.of("message", message.id().toString(), "status", then.key()));
		return message.view();
	}

	/**
	 * A reply an automation rule sends to the customer in the name of {@code sender} (the rule's name, shown to
	 * agents as the author). Unlike an agent's reply it leaves the status and the first-reply time alone; the
	 * channel sends it like any reply.
	 */
	public MessageView automaticReply(TicketId id, String sender, MessageBody body) {
		Ticket ticket = find(id);
		Instant now = clock.instant();
		if (ticket.isClosed()) {
			throw DomainException.ruleBroken("ticket.closed", "ticket #" + ticket.number() + " is closed and cannot change");
		}
		ticket.noted(now);
		Message message = store(ticket, MessageKind.OUTBOUND, AuthorType.SYSTEM, null, sender, body, now);
		events.publishEvent(new ReplyQueued(id, new MessageId(message.id()), ticket.view().channel(), AuthorType.SYSTEM));
		audit(id, "replied", Map.of("message", message.id().toString()));
		return message.view();
	}

	/** An internal note: seen by agents only, and it changes no status. */
	public MessageView addNote(TicketId id, AgentId author, MessageBody body) {
		return addNote(id, author, body, clock.instant());
	}

	/** A note written at {@code now}: for importing history from another help desk. */
	public MessageView addNote(TicketId id, AgentId author, MessageBody body, Instant now) {
		Ticket ticket = find(id);
		AgentView agent = agents.get(author);
		ticket.noted(now);
		Message message = store(ticket, MessageKind.NOTE, AuthorType.AGENT, author.value(), agent.name(), body, now);
		audit(id, "noted", Map.of("message", message.id().toString()));
		return message.view();
	}

	public TicketView update(TicketId id, TicketChanges changes) {
		return update(id, changes, clock.instant());
	}

	/** A change made at {@code now}: for importing history from another help desk. */
	public TicketView update(TicketId id, TicketChanges changes, Instant now) {
		Ticket ticket = find(id);
		TicketStatus from = ticket.status();
		Map<String, String> audit = new LinkedHashMap<>();
		if (changes.subject() != null) {
			ticket.rename(changes.subject(), now);
			audit.put("subject", changes.subject());
		}
		if (changes.priority() != null) {
			ticket.prioritize(changes.priority(), now);
			audit.put("priority", changes.priority().key());
		}
		if (changes.team() != null) {
			TeamId team = changes.team().orElse(null);
			if (team != null && !teams.exists(team)) {
				throw DomainException.ruleBroken("ticket.unknown_team", "team " + team + " does not exist");
			}
			ticket.moveToTeam(team, now);
			audit.put("team", String.valueOf(team));
		}
		if (changes.assignee() != null) {
			AgentId assignee = changes.assignee().orElse(null);
			if (assignee != null) {
				if (!agents.exists(assignee)) {
					throw DomainException.ruleBroken("ticket.unknown_assignee", "agent " + assignee + " does not exist");
				}
				AgentView agent = agents.get(assignee);
				if (!agent.enabled()) {
					throw DomainException.ruleBroken("ticket.assignee_disabled", agent.name() + " is disabled");
				}
			}
			ticket.assign(assignee, now);
			audit.put("assignee", String.valueOf(assignee));
		}
		if (changes.tags() != null) {
			ticket.retag(changes.tags(), now);
			audit.put("tags", String.join(",", changes.tags()));
		}
		if (changes.status() != null) {
			ticket.changeStatus(changes.status(), now);
			audit.put("status", changes.status().key());
		}
		if (changes.language() != null) {
			String language = changes.language().map(LanguageTag::normalize).orElse(null);
			ticket.chooseLanguage(language, now);
			audit.put("language", String.valueOf(language));
		}
		statusChanged(ticket, from);
		if (!audit.isEmpty()) {
			events.publishEvent(new TicketUpdated(id, Set.copyOf(audit.keySet()), AuditActor.current()));
			audit(id, "updated", audit);
		}
		return ticket.view();
	}

	/**
	 * Merges {@code source} into {@code target}: the source's messages join the target's conversation in time
	 * order, its tags join the target's, and it is closed with a note on both tickets that links them.
	 */
	public TicketView merge(TicketId sourceId, TicketId targetId, AgentId by) {
		Ticket source = find(sourceId);
		Ticket target = find(targetId);
		AgentView agent = agents.get(by);
		Instant now = clock.instant();
		TicketStatus from = source.status();
		source.mergeInto(target, now);
		for (Message message : messages.conversation(source.id())) {
			message.moveTo(target);
		}
		note(source, agent, "Merged into #" + target.number() + " by " + agent.name() + ".", now);
		note(target, agent, "Ticket #" + source.number() + " was merged into this ticket by " + agent.name() + ".", now);
		statusChanged(source, from);
		audit(sourceId, "merged", Map.of("into", targetId.toString()));
		audit(targetId, "merged_from", Map.of("from", sourceId.toString()));
		return target.view();
	}

	/** Moves one customer or agent message out into a new ticket for the same customer, linked both ways. */
	public TicketView split(TicketId id, MessageId messageId, @Nullable String subject, AgentId by) {
		Ticket source = find(id);
		Message message = messages.findById(messageId.value())
			.filter(m -> m.ticketId() == source.id())
			.orElseThrow(() -> DomainException.notFound("message", messageId));
		if (message.kind() == MessageKind.NOTE) {
			throw DomainException.ruleBroken("ticket.split_note", "an internal note cannot be split into a ticket");
		}
		if (source.isClosed()) {
			throw DomainException.ruleBroken("ticket.closed", "ticket #" + source.number() + " is closed and cannot change");
		}
		if (messages.countPublic(source.id()) < 2) {
			throw DomainException.ruleBroken("ticket.split_only_message",
					"this is the ticket's only message; there is nothing to split it from");
		}
		AgentView agent = agents.get(by);
		Instant now = clock.instant();
		TicketView original = source.view();
		Ticket split = new Ticket(numbers.next(), subject == null || subject.isBlank() ? original.subject() : subject,
				original.brand(), original.channel(), original.customer(), original.priority(), message.createdAt());
		split.splitFrom(source);
		tickets.saveAndFlush(split);
		message.moveTo(split);
		note(split, agent, "Split from #" + source.number() + " by " + agent.name() + ".", now);
		note(source, agent, "A message was split into #" + split.number() + " by " + agent.name() + ".", now);
		TicketView view = split.view();
		events.publishEvent(new TicketOpened(view.id()));
		audit(view.id(), "split_from", Map.of("from", id.toString(), "message", messageId.toString()));
		audit(id, "split", Map.of("into", view.id().toString(), "message", messageId.toString()));
		return split.view();
	}

	/**
	 * Language detection's result for a customer's message: its language (a BCP 47 tag, or {@code und} when the
	 * text was too short or mixed to tell) and the detector's confidence. When {@code ticketFollows}, the ticket
	 * takes the language too and an agent's earlier choice ends; the detecting module decides when that is.
	 */
	public void setLanguage(TicketId id, MessageId messageId, String languageTag, @Nullable Double confidence,
			boolean ticketFollows) {
		Ticket ticket = find(id);
		messages.findById(messageId.value())
			.filter(m -> m.ticketId() == ticket.id())
			.ifPresent(m -> m.speak(languageTag, confidence));
		if (ticketFollows) {
			ticket.speak(languageTag);
		}
	}

	/**
	 * The service-level module's result: the earliest time one of the ticket's running targets falls due, or
	 * null when none runs. It orders the inbox ({@link TicketSort#DUE}) and is no change of the ticket: no event,
	 * no audit entry, and {@code updatedAt} stays.
	 */
	public void setNextDueAt(TicketId id, @Nullable Instant nextDueAt) {
		find(id).dueBy(nextDueAt);
	}

	@Transactional(readOnly = true)
	public TicketView get(TicketId id) {
		return find(id).view();
	}

	@Transactional(readOnly = true)
	public Optional<TicketView> byNumber(long number) {
		return tickets.findOne((t, q, cb) -> cb.equal(t.get("number"), number)).map(Ticket::view);
	}

	@Transactional(readOnly = true)
	public List<MessageView> conversation(TicketId id) {
		find(id);
		return messages.conversation(id.value()).stream().map(Message::view).toList();
	}

	/** One message of the ticket, without reading the rest of the conversation. */
	@Transactional(readOnly = true)
	public Optional<MessageView> message(TicketId ticket, MessageId id) {
		return messages.findById(id.value()).filter(m -> m.ticketId() == ticket.value()).map(Message::view);
	}

	/**
	 * The languages detected on the customer's messages of the ticket before {@code message}, in the conversation's
	 * order (time, then id), without reading the conversation.
	 */
	@Transactional(readOnly = true)
	public Set<String> customerLanguagesBefore(MessageView message) {
		return Set.copyOf(messages.customerLanguagesBefore(message.ticket().value(), message.createdAt(),
				message.id().value()));
	}

	@Transactional(readOnly = true)
	public Slice<TicketView> list(TicketFilter filter, TicketSort sort, PageRequest page) {
		return queries.list(filter, sort, page).map(Ticket::view);
	}

	@Transactional(readOnly = true)
	public long count(TicketFilter filter) {
		return queries.count(filter);
	}

	/** Whether text searches use the full-text index yet, and how far its background build is. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public SearchIndexStatus searchIndex() {
		return index.status();
	}

	/** The languages tickets have been detected in, for the inbox's language filter. */
	@Transactional(readOnly = true)
	public List<String> languages() {
		return tickets.languages();
	}

	/**
	 * How much work each of {@code assignees} holds now: unsolved tickets and live chats (new or open chat tickets).
	 * An agent with none is absent from the map.
	 */
	@Transactional(readOnly = true)
	public Map<AgentId, Workload> workload(Collection<AgentId> assignees) {
		if (assignees.isEmpty()) {
			return Map.of();
		}
		Map<AgentId, Workload> loads = new HashMap<>();
		for (Object[] row : tickets.workload()) {
			AgentId assignee = new AgentId(((Number) row[0]).longValue());
			if (assignees.contains(assignee)) {
				loads.put(assignee,
						new Workload(((Number) row[1]).longValue(), row[2] == null ? 0 : ((Number) row[2]).longValue()));
			}
		}
		return loads;
	}

	@Transactional(readOnly = true)
	public AttachmentContent attachment(AttachmentId id) {
		Attachment attachment = attachments.findById(id.value())
			.orElseThrow(() -> DomainException.notFound("attachment", id));
		return new AttachmentContent(attachment.fileName(), attachment.contentType(), attachment.content());
	}

	private Message store(Ticket ticket, MessageKind kind, AuthorType authorType, @Nullable Long authorId, String authorName,
			MessageBody body, Instant at) {
		String html = body.html() == null || body.html().isBlank() ? null : SanitizedHtml.of(body.html()).html();
		String text = body.text() != null && !body.text().isBlank() ? body.text().strip()
				: html != null ? SanitizedHtml.plainText(html) : "";
		if (text.isEmpty() && body.attachments().isEmpty()) {
			throw DomainException.ruleBroken("message.empty", "a message needs text or an attachment");
		}
		if (text.length() > settings.maxBodyLength() || html != null && html.length() > MAX_HTML_LENGTH) {
			throw new DomainException(DomainException.Kind.TOO_LARGE, "message.too_long",
					"a message has at most " + settings.maxBodyLength() + " characters");
		}
		if (body.attachments().size() > settings.maxAttachments()) {
			throw new DomainException(DomainException.Kind.TOO_LARGE, "attachment.too_many",
					"a message has at most " + settings.maxAttachments() + " attachments");
		}
		Message message = new Message(ticket, kind, authorType, authorId, authorName, text, html, at);
		for (NewAttachment file : body.attachments()) {
			message.attach(attachmentOf(file));
		}
		return messages.saveAndFlush(message);
	}

	private Attachment attachmentOf(NewAttachment file) {
		long max = settings.maxAttachmentSize().toBytes();
		if (file.content().length > max) {
			throw new DomainException(DomainException.Kind.TOO_LARGE, "attachment.too_large",
					"'" + file.fileName() + "' is larger than the limit of " + settings.maxAttachmentSize().toMegabytes() + " MB");
		}
		Path name = Path.of(file.fileName().replace('\\', '/')).getFileName();
		String fileName = name == null || name.toString().isBlank() ? "attachment" : name.toString();
		if (fileName.length() > 255) {
			fileName = fileName.substring(fileName.length() - 255);
		}
		String type = file.contentType() == null || file.contentType().isBlank() || file.contentType().length() > 200
				? "application/octet-stream" : file.contentType().strip();
		return new Attachment(fileName, type, file.content(), sha256(file.content()));
	}

	private void note(Ticket ticket, AgentView author, String text, Instant at) {
		messages.save(new Message(ticket, MessageKind.NOTE, AuthorType.AGENT, author.id().value(), author.name(),
				text, null, at));
	}

	private MessageId firstMessage(TicketId id) {
		return new MessageId(messages.conversation(id.value()).get(0).id());
	}

	private void statusChanged(Ticket ticket, TicketStatus from) {
		if (ticket.status() != from) {
			events.publishEvent(new TicketStatusChanged(ticket.view().id(), from, ticket.status()));
		}
	}

	private void audit(TicketId id, String action, Map<String, String> changes) {
		events.publishEvent(new AuditableChange("ticket", id.toString(), action, changes));
	}

	private Ticket find(TicketId id) {
		return tickets.findById(id.value()).orElseThrow(() -> DomainException.notFound("ticket", id));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JVM has SHA-256", e);
		}
	}
}
