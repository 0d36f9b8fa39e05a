package dev.meridian.automation;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.meridian.automation.internal.Delivery;
import dev.meridian.automation.internal.DeliveryRepository;
import dev.meridian.automation.internal.Webhook;
import dev.meridian.automation.internal.WebhookRepository;
import dev.meridian.automation.internal.WebhookSecrets;
import dev.meridian.shared.AuditableChange;
import dev.meridian.shared.DomainException;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outbound webhooks: subscriptions to ticket events, each event queued as a delivery with a snapshot of the ticket,
 * sent signed (HMAC-SHA256, see docs/automation.md) and retried with exponential backoff by a cluster-safe job;
 * the delivery log keeps every attempt's outcome and any delivery can be sent again by hand.
 */
@Service
@Transactional
public class Webhooks implements WebhookTargets {

	/** The events a subscription may choose; {@code trigger} deliveries come from a trigger's webhook action. */
	public static final Set<String> EVENTS = Set.of("ticket.created", "ticket.updated", "ticket.status_changed",
			"message.received");

	static final int MAX_WEBHOOKS = 50;

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final WebhookRepository webhooks;
	private final DeliveryRepository deliveries;
	private final WebhookSecrets secrets;
	private final Tickets tickets;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Webhooks(WebhookRepository webhooks, DeliveryRepository deliveries, WebhookSecrets secrets, Tickets tickets,
			ApplicationEventPublisher events, Clock clock) {
		this.webhooks = webhooks;
		this.deliveries = deliveries;
		this.secrets = secrets;
		this.tickets = tickets;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<WebhookView> all() {
		return webhooks.findAllByOrderByIdAsc().stream().map(w -> w.view(null)).toList();
	}

	@Transactional(readOnly = true)
	public WebhookView get(WebhookId id) {
		return find(id).view(null);
	}

	/** Creates a subscription with a new signing secret, shown in the answer and never again. */
	public WebhookView create(WebhookDraft draft) {
		WebhookDraft checked = check(draft);
		if (webhooks.count() >= MAX_WEBHOOKS) {
			throw DomainException.ruleBroken("automation.too_many_webhooks", "at most " + MAX_WEBHOOKS + " webhooks");
		}
		String secret = secrets.generate();
		Webhook webhook = new Webhook(secrets.seal(secret), clock.instant());
		webhook.revise(checked.name(), checked.url(), checked.events(), checked.enabled(), clock.instant());
		webhooks.saveAndFlush(webhook);
		audit(webhook, "created");
		return webhook.view(secret);
	}

	public WebhookView update(WebhookId id, WebhookDraft draft) {
		WebhookDraft checked = check(draft);
		Webhook webhook = find(id);
		webhook.revise(checked.name(), checked.url(), checked.events(), checked.enabled(), clock.instant());
		audit(webhook, "updated");
		return webhook.view(null);
	}

	/** Replaces the signing secret; the new one is in the answer and never shown again. */
	public WebhookView rotateSecret(WebhookId id) {
		Webhook webhook = find(id);
		String secret = secrets.generate();
		webhook.newSecret(secrets.seal(secret), clock.instant());
		audit(webhook, "secret_rotated");
		return webhook.view(secret);
	}

	public void delete(WebhookId id) {
		Webhook webhook = find(id);
		webhooks.delete(webhook);
		audit(webhook, "deleted");
	}

	/** Queues {@code event} about a ticket for every enabled subscription to it. */
	public void publish(String event, TicketId ticket, Set<String> fields) {
		List<Webhook> subscribed = webhooks.findByEnabledTrue().stream().filter(w -> w.wants(event)).toList();
		if (subscribed.isEmpty()) {
			return;
		}
		String payload = payload(event, tickets.get(ticket), fields);
		for (Webhook webhook : subscribed) {
			deliveries.save(new Delivery(webhook.id(), event, ticket.value(), payload, null, clock.instant()));
		}
	}

	@Override
	@Transactional(readOnly = true)
	public void requireExists(String webhook) {
		find(WebhookId.parse(webhook));
	}

	/** A trigger's webhook action: the ticket goes to the subscription whatever events it chose. */
	@Override
	public void send(String webhook, TicketId ticket, String event) {
		Webhook target = find(WebhookId.parse(webhook));
		deliveries.save(new Delivery(target.id(), "trigger", ticket.value(),
				payload("trigger", tickets.get(ticket), Set.of("trigger:" + event)), null, clock.instant()));
	}

	/** The delivery log of a subscription, newest first, older than {@code before} when given. */
	@Transactional(readOnly = true)
	public List<DeliveryView> deliveries(WebhookId id, int limit, @Nullable Long before) {
		find(id);
		var page = PageRequest.of(0, Math.max(1, Math.min(limit, 100)));
		return (before == null ? deliveries.latest(id.value(), page) : deliveries.before(id.value(), before, page))
			.stream().map(Delivery::view).toList();
	}

	@Transactional(readOnly = true)
	public DeliveryView delivery(WebhookId id, long deliveryId) {
		return findDelivery(id, deliveryId).view();
	}

	/** Sends a delivery again as a new delivery with the same body, due now; the original stays in the log. */
	public DeliveryView redeliver(WebhookId id, long deliveryId) {
		Delivery original = findDelivery(id, deliveryId);
		Delivery again = deliveries.saveAndFlush(new Delivery(original.webhookId(), original.event(),
				original.ticketId(), original.payload(), original.id(), clock.instant()));
		return again.view();
	}

	private static String payload(String event, TicketView t, Set<String> fields) {
		Map<String, Object> ticket = new LinkedHashMap<>();
		ticket.put("id", t.id().toString());
		ticket.put("number", t.number());
		ticket.put("subject", t.subject());
		ticket.put("status", t.status().key());
		ticket.put("priority", t.priority().key());
		ticket.put("channel", t.channel().key());
		ticket.put("brand", t.brand().toString());
		ticket.put("customer", t.customer().toString());
		ticket.put("assignee", t.assignee() == null ? null : t.assignee().toString());
		ticket.put("team", t.team() == null ? null : t.team().toString());
		ticket.put("tags", t.tags());
		ticket.put("language", t.language());
		ticket.put("createdAt", t.createdAt().toString());
		ticket.put("updatedAt", t.updatedAt().toString());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("event", event);
		body.put("occurredAt", Instant.now().toString());
		body.put("ticket", ticket);
		body.put("fields", new TreeSet<>(fields));
		return JSON.writeValueAsString(body);
	}

	private WebhookDraft check(WebhookDraft draft) {
		String name = draft.name() == null ? "" : draft.name().strip();
		if (name.isEmpty() || name.length() > 200) {
			throw DomainException.malformed("automation.webhook_name_required", "a webhook needs a name of at most 200 characters");
		}
		String url = draft.url() == null ? "" : draft.url().strip();
		try {
			URI uri = URI.create(url);
			if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
					|| url.length() > 2000) {
				throw new IllegalArgumentException();
			}
		}
		catch (IllegalArgumentException e) {
			throw DomainException.ruleBroken("automation.webhook_invalid_url", "the URL must be http:// or https:// with a host");
		}
		Set<String> chosen = new TreeSet<>();
		for (String event : draft.events()) {
			if (!EVENTS.contains(event)) {
				throw DomainException.ruleBroken("automation.webhook_invalid_event",
						"'" + event + "' is not an event; choose from " + String.join(", ", new TreeSet<>(EVENTS)));
			}
			chosen.add(event);
		}
		if (chosen.isEmpty()) {
			throw DomainException.ruleBroken("automation.webhook_events_required", "choose at least one event");
		}
		return new WebhookDraft(name, url, chosen, draft.enabled());
	}

	private void audit(Webhook webhook, String action) {
		events.publishEvent(new AuditableChange("webhook", Long.toString(webhook.id()), action, Map.of("url", webhook.url())));
	}

	private Webhook find(WebhookId id) {
		return webhooks.findById(id.value()).orElseThrow(() -> DomainException.notFound("webhook", id));
	}

	private Delivery findDelivery(WebhookId id, long deliveryId) {
		return deliveries.findById(deliveryId)
			.filter(d -> d.webhookId() == id.value())
			.orElseThrow(() -> DomainException.notFound("delivery", deliveryId));
	}
}
