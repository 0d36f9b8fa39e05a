package dev.meridian.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import dev.meridian.ApiTestSupport;
import dev.meridian.automation.internal.WebhookSignature;
import dev.meridian.ticket.TicketChanges;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Outbound webhooks against a real local HTTP server (the JDK's): each ticket event arrives signed with the
 * subscription's secret, a receiver that fails gets the delivery again with backoff until it answers 2xx, and an
 * admin can send any delivery again.
 */
class WebhookDeliveryIntegrationTests extends ApiTestSupport {

	record Received(String event, String delivery, String signature, byte[] body) {
	}

	@Autowired
	Tickets tickets;

	@Autowired
	Webhooks webhooks;

	private HttpServer receiver;
	private final List<Received> received = new CopyOnWriteArrayList<>();
	private final AtomicInteger failuresLeft = new AtomicInteger();

	@BeforeEach
	void startReceiver() throws IOException {
		receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/hook", exchange -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			received.add(new Received(exchange.getRequestHeaders().getFirst("Meridian-Event"),
					exchange.getRequestHeaders().getFirst("Meridian-Delivery"),
					exchange.getRequestHeaders().getFirst("Meridian-Signature"), body));
			int status = failuresLeft.getAndDecrement() > 0 ? 503 : 204;
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		receiver.start();
	}

	/**
	 * Subscriptions left behind would queue a delivery for every ticket event of every later test on the shared
	 * test database, and their retries would crowd the scheduler and the database for everyone else.
	 */
	@AfterEach
	void stopReceiverAndUnsubscribe() {
		receiver.stop(0);
		webhooks.all().forEach(w -> webhooks.delete(w.id()));
	}

	@Test
	void ticketEventsArriveSignedWithTheSubscriptionsSecret() {
		JsonNode webhook = subscribe(List.of("ticket.created", "ticket.updated"));
		String secret = webhook.get("secret").asString();
		assertThat(secret).startsWith("whsec_");
		assertThat(get("/api/v1/webhooks/" + webhook.get("id").asString(), adminToken()).json().get("secret").isNull())
			.as("the secret is shown once").isTrue();

		JsonNode ticket = openTicket("Signed " + unique());
		tickets.update(TicketId.parse(ticket.get("id").asString()),
				new TicketChanges(null, dev.meridian.ticket.Priority.HIGH, null, null, null, null));

		await().atMost(Duration.ofSeconds(30)).until(() -> forTicket(ticket).size() >= 2);
		List<Received> mine = forTicket(ticket);
		assertThat(mine).extracting(Received::event).contains("ticket.created", "ticket.updated");
		long now = Instant.now().getEpochSecond();
		assertThat(mine).allSatisfy(r -> {
			assertThat(WebhookSignature.verify(secret, r.signature(), r.body(), now, 300)).isTrue();
			assertThat(WebhookSignature.verify("whsec_wrong", r.signature(), r.body(), now, 300)).isFalse();
		});
		JsonNode updated = JSON.readTree(mine.stream().filter(r -> r.event().equals("ticket.updated")).findFirst()
			.orElseThrow().body());
		assertThat(updated.get("ticket").get("priority").asString()).isEqualTo("high");
		assertThat(updated.get("fields").toString()).contains("priority");
	}

	@Test
	void aFailingReceiverGetsTheDeliveryAgainWithBackoffUntilItAccepts() {
		failuresLeft.set(2);
		JsonNode webhook = subscribe(List.of("ticket.created"));
		JsonNode ticket = openTicket("Retry " + unique());

		await().atMost(Duration.ofSeconds(40)).until(() -> delivered(webhook, ticket) != null);
		JsonNode delivery = delivered(webhook, ticket);
		assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
		assertThat(delivery.get("lastStatus").asInt()).isEqualTo(204);
		List<Received> attempts = forTicket(ticket);
		assertThat(attempts).hasSize(3).extracting(Received::delivery).containsOnly(delivery.get("id").asString());
		assertThat(attempts).extracting(r -> new String(r.body())).containsOnly(new String(attempts.get(0).body()));
	}

	@Test
	void anAdminSendsADeliveryAgain() {
		JsonNode webhook = subscribe(List.of("ticket.created"));
		JsonNode ticket = openTicket("Redeliver " + unique());
		await().atMost(Duration.ofSeconds(30)).until(() -> delivered(webhook, ticket) != null);
		String first = delivered(webhook, ticket).get("id").asString();
		String hook = webhook.get("id").asString();

		var again = post("/api/v1/webhooks/" + hook + "/deliveries/" + first + "/redeliver", adminToken(), Map.of());

		assertThat(again.status()).as(again.text()).isEqualTo(202);
		assertThat(again.json().get("redeliveryOf").asString()).isEqualTo(first);
		await().atMost(Duration.ofSeconds(30)).until(() -> forTicket(ticket).size() == 2);
		List<Received> both = forTicket(ticket);
		assertThat(both.get(1).delivery()).isEqualTo(again.json().get("id").asString());
		assertThat(new String(both.get(1).body())).isEqualTo(new String(both.get(0).body()));
		JsonNode detail = get("/api/v1/webhooks/" + hook + "/deliveries/" + first, adminToken()).json();
		assertThat(detail.get("payload").asString()).contains("\"event\":\"ticket.created\"");
		assertThat(get("/api/v1/webhooks/" + hook + "/deliveries/" + first + "0", adminToken()).status()).isEqualTo(404);
	}

	@Test
	void refusesBadUrlsAndEventsAndAgentsWithoutThePermission() {
		assertThat(post("/api/v1/webhooks", adminToken(), Map.of("name", "Bad", "url", "ftp://x.example/hook",
				"events", List.of("ticket.created"))).errorCode()).isEqualTo("automation.webhook_invalid_url");
		assertThat(post("/api/v1/webhooks", adminToken(), Map.of("name", "Bad", "url", "https://x.example/hook",
				"events", List.of("ticket.exploded"))).errorCode()).isEqualTo("automation.webhook_invalid_event");
		assertThat(get("/api/v1/webhooks", newAgent("agent").token()).status()).isEqualTo(403);
	}

	private JsonNode subscribe(List<String> events) {
		var created = post("/api/v1/webhooks", adminToken(), Map.of("name", "Receiver " + unique(),
				"url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "events", events));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json();
	}

	private List<Received> forTicket(JsonNode ticket) {
		String id = "\"id\":\"" + ticket.get("id").asString() + "\"";
		return received.stream().filter(r -> new String(r.body()).contains(id)).toList();
	}

	private JsonNode delivered(JsonNode webhook, JsonNode ticket) {
		JsonNode page = get("/api/v1/webhooks/" + webhook.get("id").asString() + "/deliveries", adminToken()).json();
		for (JsonNode d : page.get("items")) {
			if (d.get("ticket").asString().equals(ticket.get("id").asString()) && d.get("state").asString().equals("delivered")
					&& d.get("redeliveryOf").isNull()) {
				return d;
			}
		}
		return null;
	}
}
