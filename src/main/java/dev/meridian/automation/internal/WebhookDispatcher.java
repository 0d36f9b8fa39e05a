package dev.meridian.automation.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the deliveries that are due: signed POSTs with the JDK's HTTP client. A 2xx answer delivers; anything else
 * (another status, a timeout, a refused connection) schedules the next attempt with exponential backoff, until the
 * last attempt fails the delivery. Called by one node at a time (db-scheduler), and the HTTP call happens outside any
 * transaction so a slow receiver holds no database connection.
 */
@Component
public class WebhookDispatcher {

	private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

	static final int BATCH = 50;

	private final DeliveryRepository deliveries;
	private final WebhookRepository webhooks;
	private final WebhookSecrets secrets;
	private final AutomationSettings settings;
	private final TransactionTemplate transaction;
	private final HttpClient http;
	private final Clock clock;

	WebhookDispatcher(DeliveryRepository deliveries, WebhookRepository webhooks, WebhookSecrets secrets,
			AutomationSettings settings, PlatformTransactionManager transactions, Clock clock) {
		this.deliveries = deliveries;
		this.webhooks = webhooks;
		this.secrets = secrets;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(settings.webhookTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	private record Attempt(long delivery, String url, String secret, String event, String payload) {
	}

	/** Sends what is due now; answers how many attempts were made. */
	public int deliverDue() {
		int attempts = 0;
		for (Long id : transaction.execute(s -> deliveries.due(clock.instant(), PageRequest.of(0, BATCH)))) {
			Optional<Attempt> attempt = Optional.ofNullable(transaction.execute(s -> prepare(id)));
			if (attempt.isEmpty()) {
				continue;
			}
			attempts++;
			Attempt a = attempt.get();
			Integer status = null;
			String error;
			try {
				byte[] body = a.payload().getBytes(StandardCharsets.UTF_8);
				long timestamp = clock.instant().getEpochSecond();
				HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(a.url()))
					.timeout(settings.webhookTimeout())
					.header("Content-Type", "application/json; charset=utf-8")
					.header("User-Agent", "Meridian-Webhooks/1")
					.header("Meridian-Event", a.event())
					.header("Meridian-Delivery", Long.toString(a.delivery()))
					.header(WebhookSignature.HEADER, WebhookSignature.header(a.secret(), timestamp, body))
					.POST(HttpRequest.BodyPublishers.ofByteArray(body))
					.build(), HttpResponse.BodyHandlers.discarding());
				status = response.statusCode();
				error = status >= 200 && status < 300 ? null : "HTTP " + status;
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return attempts;
			}
			catch (Exception e) {
				error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
			}
			record(a.delivery(), status, error);
		}
		return attempts;
	}

	private @Nullable Attempt prepare(long id) {
		Delivery delivery = deliveries.findById(id).orElse(null);
		if (delivery == null || !Delivery.PENDING.equals(delivery.view().state())) {
			return null;
		}
		Webhook webhook = webhooks.findById(delivery.webhookId()).orElse(null);
		if (webhook == null || !webhook.enabled()) {
			delivery.failed(null, "the webhook is disabled", null);
			return null;
		}
		return new Attempt(id, webhook.url(), secrets.open(webhook.sealedSecret()), delivery.event(), delivery.payload());
	}

	private void record(long id, @Nullable Integer status, @Nullable String error) {
		transaction.executeWithoutResult(s -> deliveries.findById(id).ifPresent(delivery -> {
			Instant now = clock.instant();
			if (error == null) {
				delivery.delivered(status, now);
				return;
			}
			Duration wait = settings.retryAfter(delivery.attempts() + 1);
			delivery.failed(status, error, wait == null ? null : now.plus(wait));
			log.info("Webhook delivery {} failed ({}); {}", id, error, wait == null ? "giving up" : "next try in " + wait);
		}));
	}
}
