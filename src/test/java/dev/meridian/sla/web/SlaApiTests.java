package dev.meridian.sla.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.ApiTestSupport;
import dev.meridian.compliance.AuditLog;
import dev.meridian.sla.SlaClock;
import dev.meridian.ticket.MessageBody;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.Tickets;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Service levels over the API: the default policies give an Amazon buyer message 24 calendar hours and a pre-sale
 * question one business hour, a reply achieves the first-reply target, pending pauses the clock, the scheduler's
 * pass records a breach, and the inbox sorts by due time.
 */
class SlaApiTests extends ApiTestSupport {

	@Autowired
	SlaClock slaClock;

	@Autowired
	AuditLog auditLog;

	@Autowired
	Tickets tickets;

	@Test
	void anAmazonBuyerMessageIsDueWithinTwentyFourCalendarHours() {
		JsonNode ticket = open("marketplace", List.of("amazon", "amazon-de"));
		Instant created = Instant.parse(ticket.get("createdAt").asString());
		assertThat(Instant.parse(ticket.get("nextDueAt").asString())).isEqualTo(created.plus(Duration.ofHours(24)));

		JsonNode firstReply = target(sla(ticket), "first_reply");
		assertThat(firstReply.get("policyName").asString()).isEqualTo("Amazon buyer messages");
		assertThat(firstReply.get("targetMinutes").asInt()).isEqualTo(24 * 60);
		assertThat(firstReply.get("businessHours").asBoolean()).isFalse();
		assertThat(firstReply.get("state").asString()).isEqualTo("running");
	}

	@Test
	void aPresaleQuestionIsDueWithinOneBusinessHour() {
		JsonNode ticket = open("email", List.of("presale"));
		JsonNode firstReply = target(sla(ticket), "first_reply");
		assertThat(firstReply.get("policyName").asString()).isEqualTo("Pre-sale questions");
		assertThat(firstReply.get("businessHours").asBoolean()).isTrue();
		Instant expected = businessTimeAfter(firstReply.get("calendar").asString(), ticket.get("createdAt").asString(), 60);
		assertThat(Instant.parse(ticket.get("nextDueAt").asString())).isEqualTo(expected);
		assertThat(Instant.parse(firstReply.get("dueAt").asString())).isEqualTo(expected);
	}

	@Test
	void aReplyAchievesTheFirstReplyTargetAndTheNextCustomerMessageStartsTheNextReplyTarget() {
		JsonNode ticket = open("email", List.of("presale"));
		String id = ticket.get("id").asString();
		Response reply = post("/api/v1/tickets/" + id + "/messages", adminToken(), Map.of("body", "Yes, it ships today."));
		assertThat(reply.status()).as(reply.text()).isEqualTo(201);

		JsonNode firstReply = target(sla(ticket), "first_reply");
		assertThat(firstReply.get("state").asString()).isEqualTo("done");
		assertThat(firstReply.get("outcome").asString()).isEqualTo("achieved");
		assertThat(firstReply.get("marginSeconds").asLong()).isPositive();

		Response again = post("/api/v1/tickets/" + id + "/messages", adminToken(),
				Map.of("kind", "inbound", "body", "And in blue?"));
		assertThat(again.status()).as(again.text()).isEqualTo(201);
		JsonNode nextReply = target(sla(ticket), "next_reply");
		assertThat(nextReply.get("state").asString()).isEqualTo("running");
		assertThat(nextReply.get("targetMinutes").asInt()).isEqualTo(120);
		assertThat(getTicket(id).get("nextDueAt").isNull()).isFalse();
	}

	@Test
	void anAutomaticReplyFromARuleLeavesTheFirstReplyTargetRunning() {
		JsonNode ticket = open("email", List.of("presale"));
		tickets.automaticReply(TicketId.parse(ticket.get("id").asString()), "Acknowledge new mail",
				MessageBody.text("Thanks, we have your message and answer within the hour."));

		JsonNode firstReply = target(sla(ticket), "first_reply");
		assertThat(firstReply.get("state").asString()).isEqualTo("running");
		assertThat(firstReply.path("outcome").isNull() || firstReply.path("outcome").isMissingNode()).as(firstReply.toString()).isTrue();
	}

	@Test
	void pendingPausesTheTimersAndReopeningResumesThem() {
		JsonNode ticket = open("email", List.of());
		String id = ticket.get("id").asString();
		assertThat(ticket.get("nextDueAt").isNull()).isFalse();

		Response pending = patch("/api/v1/tickets/" + id, adminToken(), Map.of("status", "pending"));
		assertThat(pending.status()).as(pending.text()).isEqualTo(200);
		assertThat(pending.json().get("nextDueAt").isNull()).isTrue();
		assertThat(target(sla(ticket), "first_reply").get("state").asString()).isEqualTo("paused");
		assertThat(target(sla(ticket), "resolution").get("state").asString()).isEqualTo("paused");

		Response open = patch("/api/v1/tickets/" + id, adminToken(), Map.of("status", "open"));
		assertThat(open.json().get("nextDueAt").isNull()).isFalse();
		assertThat(target(sla(ticket), "first_reply").get("state").asString()).isEqualTo("running");
	}

	@Test
	void taggingATicketPresaleLaterAppliesThePresalePolicy() {
		JsonNode ticket = open("email", List.of());
		String id = ticket.get("id").asString();
		assertThat(target(sla(ticket), "first_reply").get("policyName").asString()).isEqualTo("Default");

		Response tagged = patch("/api/v1/tickets/" + id, adminToken(), Map.of("tags", List.of("presale")));
		assertThat(tagged.status()).as(tagged.text()).isEqualTo(200);
		JsonNode firstReply = target(sla(ticket), "first_reply");
		assertThat(firstReply.get("policyName").asString()).isEqualTo("Pre-sale questions");
		assertThat(Instant.parse(tagged.json().get("nextDueAt").asString()))
			.isEqualTo(businessTimeAfter(firstReply.get("calendar").asString(), ticket.get("createdAt").asString(), 60));
	}

	@Test
	void theSchedulersPassRecordsABreachOnceTheDueTimeHasPassed() {
		JsonNode ticket = open("email", List.of("presale"));
		Instant due = Instant.parse(target(sla(ticket), "first_reply").get("dueAt").asString());

		Instant warnAt = Instant.parse(target(sla(ticket), "first_reply").get("warnAt").asString());
		assertThat(warnAt).isBefore(due);
		assertThat(slaClock.raiseDueAlerts(due.minusSeconds(1))).isPositive();
		JsonNode warned = target(sla(ticket), "first_reply");
		assertThat(Instant.parse(warned.get("warnedAt").asString())).isEqualTo(due.minusSeconds(1));
		assertThat(warned.get("breachedAt").isNull()).isTrue();

		assertThat(slaClock.raiseDueAlerts(due.plusSeconds(1))).isPositive();
		JsonNode firstReply = target(sla(ticket), "first_reply");
		assertThat(Instant.parse(firstReply.get("breachedAt").asString())).isEqualTo(due);
		assertThat(firstReply.get("outcome").asString()).isEqualTo("breached");
		assertThat(firstReply.get("state").asString()).isEqualTo("running");

		assertThat(auditLog.of("ticket", ticket.get("id").asString())).anyMatch(e -> e.action().equals("sla_breached"));
	}

	@Test
	void twoPassesAtOnceRaiseEachBreachOnce() throws Exception {
		JsonNode ticket = open("email", List.of("presale"));
		Instant due = Instant.parse(target(sla(ticket), "first_reply").get("dueAt").asString());
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var first = pool.submit(() -> slaClock.raiseDueAlerts(due.plusSeconds(5)));
			var second = pool.submit(() -> slaClock.raiseDueAlerts(due.plusSeconds(5)));
			first.get();
			second.get();
		}
		finally {
			pool.shutdown();
		}
		assertThat(auditLog.of("ticket", ticket.get("id").asString()))
			.filteredOn(e -> e.action().equals("sla_breached"))
			.hasSize(1);
	}

	@Test
	void theInboxSortsByDueTimeWithTicketsWithoutOneLast() {
		String brand = newBrand();
		JsonNode slow = openOn(brand, "email", List.of());
		JsonNode urgent = openOn(brand, "email", List.of("presale"));
		JsonNode waiting = openOn(brand, "email", List.of());
		assertThat(patch("/api/v1/tickets/" + waiting.get("id").asString(), adminToken(), Map.of("status", "pending"))
			.status()).isEqualTo(200);

		List<String> order = new ArrayList<>();
		String cursor = null;
		do {
			Response page = get("/api/v1/tickets?brand=" + brand + "&sort=due&limit=1"
					+ (cursor == null ? "" : "&cursor=" + cursor), adminToken());
			assertThat(page.status()).as(page.text()).isEqualTo(200);
			page.json().get("items").forEach(item -> order.add(item.get("id").asString()));
			JsonNode next = page.json().get("nextCursor");
			cursor = next == null || next.isNull() ? null : next.asString();
		}
		while (cursor != null);
		assertThat(order).containsExactly(urgent.get("id").asString(), slow.get("id").asString(),
				waiting.get("id").asString());
	}

	@Test
	void anUnknownTicketHasNoServiceLevels() {
		assertThat(get("/api/v1/tickets/999999999/sla", adminToken()).status()).isEqualTo(404);
	}

	// ---- helpers ----

	private JsonNode open(String channel, List<String> tags) {
		return openOn(brand(), channel, tags);
	}

	private JsonNode openOn(String brand, String channel, List<String> tags) {
		Map<String, Object> request = new LinkedHashMap<>(ticketRequest(brand, "Question " + unique(),
				uniqueEmail("buyer"), "Is this in stock?"));
		request.put("channel", channel);
		request.put("tags", tags);
		return openTicket(request);
	}

	private JsonNode getTicket(String id) {
		Response response = get("/api/v1/tickets/" + id, adminToken());
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.json();
	}

	private JsonNode sla(JsonNode ticket) {
		Response response = get("/api/v1/tickets/" + ticket.get("id").asString() + "/sla", adminToken());
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.json();
	}

	private static JsonNode target(JsonNode sla, String metric) {
		JsonNode found = null;
		for (JsonNode target : sla.get("targets")) {
			if (target.get("metric").asString().equals(metric)) {
				found = target;
			}
		}
		assertThat(found).as("%s in %s", metric, sla).isNotNull();
		return found;
	}

	private Instant businessTimeAfter(@Nullable String calendar, String from, int minutes) {
		assertThat(calendar).isNotNull();
		Response response = send(HttpRequest.newBuilder(uri("/api/v1/business-calendars/" + calendar
				+ "/business-time?from=" + from + "&minutes=" + minutes))
			.header("Authorization", "Bearer " + adminToken())
			.GET());
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return Instant.parse(response.json().get("dueAt").asString());
	}
}
