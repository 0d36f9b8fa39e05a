package dev.meridian.ticket.web;

import java.util.*;

import dev.meridian.customer.CustomerId;
import dev.meridian.customer.CustomerIdentity;
import dev.meridian.customer.CustomerView;
import dev.meridian.customer.Customers;
import dev.meridian.identity.AgentId;
import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.BrandId;
import dev.meridian.identity.Permission;
import dev.meridian.identity.TeamId;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.PageRequest;
import dev.meridian.shared.Slice;
import dev.meridian.ticket.*;
import dev.meridian.ticket.web.TicketRequests.*;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.*;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Tickets")
class TicketController {

	private static final Set<String> PATCHABLE = Set.of("status", "priority", "assignee", "team", "tags", "subject",
			"language");

	private static final int MAX_IDEMPOTENCY_KEY_LENGTH = 200;

	private final Tickets tickets;
	private final Customers customers;

	TicketController(Tickets tickets, Customers customers) {
		this.tickets = tickets;
		this.customers = customers;
	}

	@GetMapping("/tickets")
	@PreAuthorize("hasAuthority('ticket:read')")
	@Operation(summary = "List tickets", description = "Filters combine with AND. status takes a comma-separated list; "
			+ "assignee takes an agent id, 'me' or 'none'. Pages are keyset-based: pass nextCursor as cursor.")
	Slice<TicketJson> list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String brand,
			@RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Parameter(description = "agent id, me or none") @Nullable String assignee,
			@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Parameter(description = "words in subject or messages, or a ticket number") @Nullable String text,
			@RequestParam(required = false) @Nullable String customer,
			@RequestParam(required = false, defaultValue = "newest") @Parameter(description = "newest, oldest, updated, priority or due (the next service-level due time first)") String sort,
			@RequestParam(required = false) @Nullable Integer limit, @RequestParam(required = false) @Nullable String cursor,
			@AuthenticationPrincipal AgentPrincipal me) {
		TicketFilter filter = new TicketFilter(statuses(status), brand == null ? null : BrandId.parse(brand),
				channel == null ? null : Channel.parse(channel), assigneeOf(assignee, me), "none".equals(assignee),
				team == null ? null : TeamId.parse(team), language, tag, text,
				customer == null ? null : CustomerId.parse(customer));
		Slice<TicketView> page = tickets.list(filter, TicketSort.parse(sort), PageRequest.of(limit, cursor));
		Map<CustomerId, CustomerView> people = customers.getAll(page.items().stream().map(TicketView::customer).toList());
		return page.map(t -> TicketJson.of(t, people));
	}

	@GetMapping("/search-indexes/tickets")
	@PreAuthorize("hasAuthority('ticket:read')")
	@Operation(summary = "State of the full-text index that text= searches use",
			description = "state is checking, building, ready or failed. Until it is ready (after an upgrade or a bulk "
					+ "load the index is built in the background), text= searches subjects and messages in SQL: the same "
					+ "tickets by substring, slower and without word forms. Example: {\"state\": \"building\", "
					+ "\"indexed\": 41000, \"total\": 100000, \"startedAt\": \"2026-11-24T18:00:00Z\", \"finishedAt\": null}")
	SearchIndexStatus searchIndex() {
		return tickets.searchIndex();
	}

	@GetMapping("/tickets/{id}")
	@PreAuthorize("hasAuthority('ticket:read')")
	TicketJson get(@PathVariable String id) {
		return json(tickets.get(TicketId.parse(id)));
	}

	@PostMapping("/tickets")
	@PreAuthorize("hasAuthority('ticket:write')")
	@Operation(summary = "Open a ticket with the customer's first message",
			description = "Example: {\"subject\": \"Wo ist meine Bestellung?\", \"brand\": \"1\", \"channel\": \"email\", "
					+ "\"customer\": {\"email\": \"kunde@example.de\", \"name\": \"Kunde\"}, \"message\": {\"body\": \"Hallo, ...\"}}. "
					+ "Send an Idempotency-Key header to make retries safe.")
	ResponseEntity<TicketJson> open(@RequestBody OpenRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			@AuthenticationPrincipal AgentPrincipal me) {
		if (idempotencyKey != null && idempotencyKey.strip().length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
			throw DomainException.malformed("request.invalid_idempotency_key",
					"an Idempotency-Key has at most " + MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
		}
		if (request.subject() == null || request.brand() == null || request.customer() == null
				|| request.message() == null) {
			throw DomainException.malformed("ticket.fields_required", "a ticket needs subject, brand, customer and message");
		}
		OpenTicket command = new OpenTicket(request.subject(), BrandId.parse(request.brand()),
				request.channel() == null ? Channel.API : Channel.parse(request.channel()), customerOf(request.customer()),
				request.message().toBody(), request.priority() == null ? null : Priority.parse(request.priority()),
				request.tags() == null ? List.of() : request.tags(), null);
		TicketChanges initial = new TicketChanges(null, null,
				request.assignee() == null ? null : Optional.of(AgentId.parse(request.assignee())),
				request.team() == null ? null : Optional.of(TeamId.parse(request.team())), null, null);
		TicketView view;
		boolean replayed = false;
		if (idempotencyKey != null && !idempotencyKey.isBlank()) {
			Tickets.Opened opened = tickets.openOnce("agent:" + me.id() + ":tickets", idempotencyKey.strip(), command,
					initial);
			view = opened.ticket();
			replayed = opened.replayed();
		}
		else {
			view = tickets.open(command, initial);
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Idempotent-Replayed", Boolean.toString(replayed))
			.body(json(view));
	}

	@PatchMapping("/tickets/{id}")
	@PreAuthorize("hasAuthority('ticket:write')")
	@Operation(summary = "Change status, priority, assignee, team, tags, subject or language",
			description = "Example: {\"status\": \"pending\", \"assignee\": \"3\", \"tags\": [\"refund\"]}; "
					+ "\"assignee\": null unassigns. Illegal status transitions answer 422 ticket.invalid_transition. "
					+ "\"language\": \"pt-BR\" corrects the detected language (a BCP 47 tag, else 422 "
					+ "language.invalid); the choice sticks until the customer writes confidently in yet another "
					+ "language. "
					+ "\"language\": null hands the ticket back to detection.")
	TicketJson update(@PathVariable String id, @RequestBody JsonNode body) {
		if (!body.isObject()) {
			throw DomainException.malformed("request.malformed", "the body must be a JSON object");
		}
		for (String field : body.propertyNames()) {
			if (!PATCHABLE.contains(field)) {
				throw DomainException.malformed("ticket.unknown_field",
						"'" + field + "' cannot be changed; use " + String.join(", ", new TreeSet<>(PATCHABLE)));
			}
		}
		TicketChanges changes = new TicketChanges(
				body.has("status") ? TicketStatus.parse(text(body, "status")) : null,
				body.has("priority") ? Priority.parse(text(body, "priority")) : null,
				body.has("assignee") ? optionalText(body, "assignee").map(AgentId::parse) : null,
				body.has("team") ? optionalText(body, "team").map(TeamId::parse) : null,
				body.has("tags") ? tags(body.get("tags")) : null,
				body.has("subject") ? text(body, "subject") : null,
				body.has("language") ? optionalText(body, "language") : null);
		return json(tickets.update(TicketId.parse(id), changes));
	}

	@GetMapping("/tickets/{id}/messages")
	@PreAuthorize("hasAuthority('ticket:read')")
	@Operation(summary = "The conversation, oldest first, including internal notes")
	Slice<MessageJson> messages(@PathVariable String id) {
		return new Slice<>(tickets.conversation(TicketId.parse(id)).stream().map(MessageJson::of).toList(), null);
	}

	@PostMapping("/tickets/{id}/messages")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyAuthority('ticket:write', 'ticket:note')")
	@Operation(summary = "Reply, add an internal note, or record a customer message",
			description = "kind is outbound (default, a reply to the customer), note, or inbound (the customer wrote "
					+ "through an integration). Example: {\"kind\": \"outbound\", \"body\": \"Danke, ...\", \"status\": \"pending\"}. "
					+ "Attachments: [{\"fileName\": \"label.pdf\", \"contentType\": \"application/pdf\", \"data\": \"<base64>\"}]. "
					+ "A reply written in the agent's language and sent translated keeps the agent's words for agents only: "
					+ "{\"body\": \"Ihr Paket ist unterwegs.\", \"agentOriginal\": {\"text\": \"Your parcel is on its way.\", "
					+ "\"language\": \"en\"}}; the customer receives only body, and the message shows agentOriginal.")
	MessageJson post(@PathVariable String id, @RequestBody MessageRequest request,
			@AuthenticationPrincipal AgentPrincipal me) {
		TicketId ticketId = TicketId.parse(id);
		MessageKind kind = request.kind() == null ? MessageKind.OUTBOUND : MessageKind.parse(request.kind());
		if (kind != MessageKind.NOTE && !me.may(Permission.TICKET_WRITE)) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "auth.forbidden",
					"your role may add internal notes but not write to customers");
		}
		if (kind != MessageKind.OUTBOUND && request.status() != null) {
			throw DomainException.malformed("message.status_with_reply_only", "status can be set only with a reply");
		}
		if (kind != MessageKind.OUTBOUND && request.agentOriginal() != null) {
			throw DomainException.malformed("message.original_with_reply_only",
					"agentOriginal can be kept only with a reply");
		}
		return MessageJson.of(switch (kind) {
			case OUTBOUND -> tickets.reply(ticketId, me.id(), request.toBody(),
					request.status() == null ? null : TicketStatus.parse(request.status()),
					request.agentOriginal() == null ? null : request.agentOriginal().toOriginal());
			case NOTE -> tickets.addNote(ticketId, me.id(), request.toBody());
			case INBOUND -> {
				TicketView ticket = tickets.get(ticketId);
				Received received = tickets.receive(new InboundMessage(ticket.brand(), Channel.API, ticket.customer(),
						ticket.subject(), request.toBody(), ticketId, null));
				yield tickets.message(received.ticket(), received.message()).orElseThrow();
			}
		});
	}

	@PostMapping("/tickets/{id}/merge")
	@PreAuthorize("hasAuthority('ticket:merge')")
	@Operation(summary = "Merge this ticket into another", description = "Example: {\"into\": \"42\"}. "
			+ "The messages join the target in time order; this ticket is closed with a linking note on both.")
	TicketJson merge(@PathVariable String id, @RequestBody MergeRequest request,
			@AuthenticationPrincipal AgentPrincipal me) {
		if (request.into() == null) {
			throw DomainException.malformed("ticket.merge_target_required", "name the ticket to merge into as 'into'");
		}
		return json(tickets.merge(TicketId.parse(id), TicketId.parse(request.into()), me.id()));
	}

	@PostMapping("/tickets/{id}/split")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('ticket:merge')")
	@Operation(summary = "Split a message out into a new ticket", description = "Example: {\"message\": \"17\", "
			+ "\"subject\": \"Second order: wrong colour\"}. Answers the new ticket.")
	TicketJson split(@PathVariable String id, @RequestBody SplitRequest request,
			@AuthenticationPrincipal AgentPrincipal me) {
		if (request.message() == null) {
			throw DomainException.malformed("ticket.split_message_required", "name the message to split as 'message'");
		}
		return json(tickets.split(TicketId.parse(id), MessageId.parse(request.message()), request.subject(), me.id()));
	}

	@GetMapping("/attachments/{id}")
	@PreAuthorize("hasAuthority('ticket:read')")
	@Operation(summary = "Download an attachment")
	ResponseEntity<byte[]> attachment(@PathVariable String id) {
		AttachmentContent file = tickets.attachment(AttachmentId.parse(id));
		MediaType type;
		try {
			type = MediaType.parseMediaType(file.contentType());
		}
		catch (RuntimeException e) {
			type = MediaType.APPLICATION_OCTET_STREAM;
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(file.content());
	}

	private TicketJson json(TicketView view) {
		return TicketJson.of(view, customers.getAll(List.of(view.customer())));
	}

	private CustomerId customerOf(TicketRequests.CustomerRef ref) {
		if (ref.id() != null) {
			CustomerId id = CustomerId.parse(ref.id());
			if (!customers.exists(id)) {
				throw DomainException.ruleBroken("ticket.unknown_customer", "customer " + id + " does not exist");
			}
			return id;
		}
		if (ref.email() == null) {
			throw DomainException.malformed("ticket.customer_required", "customer needs an id or an email");
		}
		return customers.identify(CustomerIdentity.email(ref.email()), ref.name()).id();
	}

	private static Set<TicketStatus> statuses(@Nullable String status) {
		if (status == null || status.isBlank()) {
			return Set.of();
		}
		Set<TicketStatus> statuses = EnumSet.noneOf(TicketStatus.class);
		for (String part : status.split(",")) {
			statuses.add(TicketStatus.parse(part));
		}
		return statuses;
	}

	private static @Nullable AgentId assigneeOf(@Nullable String assignee, AgentPrincipal me) {
		if (assignee == null || "none".equals(assignee)) {
			return null;
		}
		return "me".equals(assignee) ? me.id() : AgentId.parse(assignee);
	}

	private static String text(JsonNode body, String field) {
		JsonNode node = body.get(field);
		if (node == null || !node.isString()) {
			throw DomainException.malformed("ticket.invalid_" + field, field + " must be a string");
		}
		return node.asString();
	}

	private static Optional<String> optionalText(JsonNode body, String field) {
		return body.get(field).isNull() ? Optional.empty() : Optional.of(text(body, field));
	}

	private static List<String> tags(JsonNode node) {
		if (!node.isArray()) {
			throw DomainException.malformed("ticket.invalid_tags", "tags must be an array of strings");
		}
		List<String> tags = new ArrayList<>();
		for (JsonNode tag : node) {
			if (!tag.isString()) {
				throw DomainException.malformed("ticket.invalid_tags", "tags must be an array of strings");
			}
			tags.add(tag.asString());
		}
		return tags;
	}
}
