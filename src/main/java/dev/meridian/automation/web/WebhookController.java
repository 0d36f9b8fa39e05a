package dev.meridian.automation.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.meridian.automation.DeliveryView;
import dev.meridian.automation.WebhookDraft;
import dev.meridian.automation.WebhookId;
import dev.meridian.automation.WebhookView;
import dev.meridian.automation.Webhooks;
import dev.meridian.shared.DomainException;
import dev.meridian.shared.PageRequest;
import dev.meridian.shared.Slice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/webhooks")
@PreAuthorize("hasAuthority('automation:write')")
@Tag(name = "Webhooks")
class WebhookController {

	private static final String EXAMPLE = "Example: {\"name\": \"ERP\", \"url\": \"https://erp.example/meridian\", "
			+ "\"events\": [\"ticket.created\", \"ticket.updated\", \"ticket.status_changed\", \"message.received\"], "
			+ "\"enabled\": true}. The answer to creating holds the signing secret (whsec_…), shown only once. Every "
			+ "POST carries Meridian-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\">, "
			+ "Meridian-Event and Meridian-Delivery; see docs/automation.md.";

	record WebhookJson(String id, String name, String url, List<String> events, boolean enabled,
			@Nullable String secret, Instant createdAt, Instant updatedAt) {

		static WebhookJson of(WebhookView w) {
			return new WebhookJson(w.id().toString(), w.name(), w.url(), w.events().stream().sorted().toList(),
					w.enabled(), w.secret(), w.createdAt(), w.updatedAt());
		}
	}

	record WebhookRequest(@Nullable String name, @Nullable String url, @Nullable List<String> events,
			@Nullable Boolean enabled) {

		WebhookDraft toDraft() {
			return new WebhookDraft(name == null ? "" : name, url == null ? "" : url,
					events == null ? Set.of() : Set.copyOf(events), enabled == null || enabled);
		}
	}

	record DeliveryJson(String id, String webhook, String event, @Nullable String ticket, String state, int attempts,
			@Nullable Instant nextAttemptAt, @Nullable Integer lastStatus, @Nullable String lastError,
			@Nullable String redeliveryOf, Instant createdAt, @Nullable Instant deliveredAt, @Nullable String payload) {

		static DeliveryJson of(DeliveryView d, boolean withPayload) {
			return new DeliveryJson(Long.toString(d.id()), d.webhook().toString(), d.event(),
					d.ticket() == null ? null : d.ticket().toString(), d.state(), d.attempts(), d.nextAttemptAt(),
					d.lastStatus(), d.lastError(), d.redeliveryOf() == null ? null : d.redeliveryOf().toString(),
					d.createdAt(), d.deliveredAt(), withPayload ? d.payload() : null);
		}
	}

	private final Webhooks webhooks;

	WebhookController(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@GetMapping
	@Operation(summary = "List webhook subscriptions", description = "All in one page; nextCursor is always null.")
	Slice<WebhookJson> list() {
		return new Slice<>(webhooks.all().stream().map(WebhookJson::of).toList(), null);
	}

	@GetMapping("/{id}")
	WebhookJson get(@PathVariable String id) {
		return WebhookJson.of(webhooks.get(WebhookId.parse(id)));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Subscribe a URL to ticket events", description = EXAMPLE)
	WebhookJson create(@RequestBody WebhookRequest request) {
		return WebhookJson.of(webhooks.create(request.toDraft()));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a subscription", description = EXAMPLE)
	WebhookJson update(@PathVariable String id, @RequestBody WebhookRequest request) {
		return WebhookJson.of(webhooks.update(WebhookId.parse(id), request.toDraft()));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String id) {
		webhooks.delete(WebhookId.parse(id));
	}

	@PostMapping("/{id}/secret")
	@Operation(summary = "Replace the signing secret", description = "The answer holds the new secret, shown only once.")
	WebhookJson rotate(@PathVariable String id) {
		return WebhookJson.of(webhooks.rotateSecret(WebhookId.parse(id)));
	}

	@GetMapping("/{id}/deliveries")
	@Operation(summary = "The delivery log, newest first",
			description = "limit 1–100 (default 25); cursor is the nextCursor of the page before. Bodies are in the single delivery.")
	Slice<DeliveryJson> deliveries(@PathVariable String id, @RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor) {
		PageRequest page = PageRequest.of(limit, cursor);
		List<DeliveryView> items = webhooks.deliveries(WebhookId.parse(id), page.limit(),
				page.cursor() == null ? null : number(page.cursor()));
		String next = items.size() == page.limit() ? Long.toString(items.get(items.size() - 1).id()) : null;
		return new Slice<>(items.stream().map(d -> DeliveryJson.of(d, false)).toList(), next);
	}

	@GetMapping("/{id}/deliveries/{delivery}")
	DeliveryJson delivery(@PathVariable String id, @PathVariable String delivery) {
		return DeliveryJson.of(webhooks.delivery(WebhookId.parse(id), number(delivery)), true);
	}

	@PostMapping("/{id}/deliveries/{delivery}/redeliver")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Send a delivery again",
			description = "Queues a new delivery with the same body, due now; the answer is the new delivery.")
	DeliveryJson redeliver(@PathVariable String id, @PathVariable String delivery) {
		return DeliveryJson.of(webhooks.redeliver(WebhookId.parse(id), number(delivery)), false);
	}

	private static long number(String text) {
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException e) {
			throw DomainException.malformed("delivery.invalid_id", "'" + text + "' is not a delivery id");
		}
	}
}
