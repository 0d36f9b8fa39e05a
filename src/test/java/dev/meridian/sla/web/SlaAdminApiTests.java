package dev.meridian.sla.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Business calendars and SLA policies over the API, as an admin configures them. */
class SlaAdminApiTests extends ApiTestSupport {

	@Test
	void anAdminDefinesACalendarWithALunchBreakAndAHolidayAndAsksForDueTimes() {
		Response created = post("/api/v1/business-calendars", adminToken(), shanghai("Shanghai " + unique()));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		JsonNode calendar = created.json();
		assertThat(calendar.get("timeZone").asString()).isEqualTo("Asia/Shanghai");
		assertThat(calendar.get("hours")).hasSize(10);
		assertThat(calendar.get("isDefault").asBoolean()).isFalse();
		String id = calendar.get("id").asString();

		Response due = get("/api/v1/business-calendars/" + id + "/business-time?from=2026-03-09T03:30:00Z&minutes=120",
				adminToken());
		assertThat(due.status()).as(due.text()).isEqualTo(200);
		assertThat(due.json().get("dueAt").asString()).isEqualTo("2026-03-09T06:30:00Z");

		Response overHoliday = get("/api/v1/business-calendars/" + id
				+ "/business-time?from=2026-04-30T09:00:00Z&minutes=120", adminToken());
		assertThat(overHoliday.json().get("dueAt").asString()).isEqualTo("2026-05-04T02:00:00Z");

		Response between = get("/api/v1/business-calendars/" + id
				+ "/business-time?from=2026-03-06T00:00:00Z&to=2026-03-10T00:00:00Z", adminToken());
		assertThat(between.json().get("businessMinutes").asLong()).isEqualTo(8 * 60 * 2);

		assertThat(send(HttpRequest.newBuilder(uri("/api/v1/business-calendars/" + id))
			.header("Authorization", "Bearer " + adminToken())
			.DELETE()).status()).isEqualTo(204);
		assertThat(get("/api/v1/business-calendars/" + id, adminToken()).status()).isEqualTo(404);
	}

	@Test
	void holidaysComeFromAnICalendarFile() {
		String id = post("/api/v1/business-calendars", adminToken(), shanghai("Imported " + unique())).json()
			.get("id").asString();
		int year = LocalDate.now().getYear();
		String ics = """
				BEGIN:VCALENDAR
				VERSION:2.0
				PRODID:-//Meridian//Test//EN
				BEGIN:VEVENT
				UID:national-day@test
				DTSTAMP:20260101T000000Z
				DTSTART;VALUE=DATE:%d1001
				DTEND;VALUE=DATE:%d1004
				SUMMARY:国庆节
				END:VEVENT
				END:VCALENDAR
				""".formatted(year, year).replace("\n", "\r\n");
		Response imported = send(HttpRequest.newBuilder(uri("/api/v1/business-calendars/" + id + "/holidays"))
			.header("Authorization", "Bearer " + adminToken())
			.header("Content-Type", "text/calendar")
			.POST(HttpRequest.BodyPublishers.ofString(ics, StandardCharsets.UTF_8)));
		assertThat(imported.status()).as(imported.text()).isEqualTo(200);
		assertThat(imported.json().get("found").asInt()).isEqualTo(3);
		assertThat(imported.json().get("added").asInt()).isEqualTo(3);
		List<String> names = new ArrayList<>();
		imported.json().get("calendar").get("holidays").forEach(h -> names.add(h.get("date").asString() + " " + h.get("name").asString()));
		assertThat(names).contains(year + "-10-01 国庆节", year + "-10-03 国庆节", "2026-05-01 Labour Day");

		Response garbage = send(HttpRequest.newBuilder(uri("/api/v1/business-calendars/" + id + "/holidays"))
			.header("Authorization", "Bearer " + adminToken())
			.header("Content-Type", "text/calendar")
			.POST(HttpRequest.BodyPublishers.ofString("not a calendar")));
		assertThat(garbage.status()).isEqualTo(400);
		assertThat(garbage.errorCode()).isEqualTo("business_calendar.invalid_ics");
	}

	@Test
	void aCalendarIsCheckedBeforeItIsSaved() {
		Map<String, Object> badZone = shanghai("Bad " + unique());
		badZone.put("timeZone", "Mars/Olympus");
		Response zone = post("/api/v1/business-calendars", adminToken(), badZone);
		assertThat(zone.status()).isEqualTo(400);
		assertThat(zone.errorCode()).isEqualTo("business_calendar.invalid_time_zone");

		Map<String, Object> noHours = shanghai("Empty " + unique());
		noHours.put("hours", List.of());
		Response empty = post("/api/v1/business-calendars", adminToken(), noHours);
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.errorCode()).isEqualTo("business_calendar.no_hours");

		Map<String, Object> allDay = shanghai("Around the clock " + unique());
		allDay.put("hours", List.of());
		allDay.put("alwaysOpen", true);
		assertThat(post("/api/v1/business-calendars", adminToken(), allDay).status()).isEqualTo(201);
	}

	@Test
	void onlyAnAdminChangesCalendarsAndPolicies() {
		TestAgent agent = newAgent("agent");
		assertThat(post("/api/v1/business-calendars", agent.token(), shanghai("Agent " + unique())).status())
			.isEqualTo(403);
		assertThat(post("/api/v1/sla-policies", agent.token(), Map.of("name", "Mine")).status()).isEqualTo(403);
		assertThat(get("/api/v1/sla-policies", agent.token()).status()).isEqualTo(200);
	}

	@Test
	void theDefaultsComeOutOfTheBoxInOrder() {
		Response list = get("/api/v1/sla-policies", adminToken());
		assertThat(list.status()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		list.json().get("items").forEach(p -> names.add(p.get("name").asString()));
		assertThat(names).containsSubsequence("Amazon buyer messages", "Pre-sale questions", "Default");
		JsonNode amazon = null;
		for (JsonNode policy : list.json().get("items")) {
			if (policy.get("name").asString().equals("Amazon buyer messages")) {
				amazon = policy;
			}
		}
		assertThat(amazon).isNotNull();
		assertThat(amazon.get("conditions").get("marketplaces").get(0).asString()).isEqualTo("amazon");
		assertThat(amazon.get("firstReply").get("minutes").asInt()).isEqualTo(1440);
		assertThat(amazon.get("firstReply").get("businessHours").asBoolean()).isFalse();
	}

	@Test
	void aPolicyPutFirstForABrandGivesThatBrandsTicketsItsTargets() {
		String brand = newBrand();
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("name", "VIP " + unique());
		request.put("position", 0);
		request.put("conditions", Map.of("brands", List.of(brand), "priorities", List.of("urgent")));
		request.put("firstReply", Map.of("minutes", 15, "businessHours", false));
		request.put("resolution", Map.of("minutes", 240, "businessHours", false));
		Response created = post("/api/v1/sla-policies", adminToken(), request);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(created.json().get("position").asInt()).isZero();
		String policy = created.json().get("id").asString();
		try {
			Map<String, Object> urgent = new LinkedHashMap<>(ticketRequest(brand, "Broken on arrival",
					uniqueEmail("vip"), "Please help"));
			urgent.put("priority", "urgent");
			JsonNode ticket = openTicket(urgent);
			java.time.Instant createdAt = java.time.Instant.parse(ticket.get("createdAt").asString());
			assertThat(java.time.Instant.parse(ticket.get("nextDueAt").asString()))
				.isEqualTo(createdAt.plus(java.time.Duration.ofMinutes(15)));

			JsonNode normal = openTicket(ticketRequest(brand, "Question", uniqueEmail("vip"), "Hello"));
			JsonNode sla = get("/api/v1/tickets/" + normal.get("id").asString() + "/sla", adminToken()).json();
			assertThat(sla.get("targets").get(0).get("policyName").asString()).isEqualTo("Default");
		}
		finally {
			assertThat(send(HttpRequest.newBuilder(uri("/api/v1/sla-policies/" + policy))
				.header("Authorization", "Bearer " + adminToken())
				.DELETE()).status()).isEqualTo(204);
		}
	}

	@Test
	void policiesAreReorderedByNamingEveryOne() {
		List<String> before = new ArrayList<>();
		get("/api/v1/sla-policies", adminToken()).json().get("items").forEach(p -> before.add(p.get("id").asString()));
		assertThat(before).hasSizeGreaterThanOrEqualTo(3);

		Response partial = sendJson("PUT", "/api/v1/sla-policies/order", adminToken(),
				Map.of("ids", before.subList(0, 1)), Map.of());
		assertThat(partial.status()).isEqualTo(422);
		assertThat(partial.errorCode()).isEqualTo("sla_policy.incomplete_order");

		List<String> swapped = new ArrayList<>(before);
		java.util.Collections.swap(swapped, 0, 1);
		try {
			Response reordered = sendJson("PUT", "/api/v1/sla-policies/order", adminToken(), Map.of("ids", swapped),
					Map.of());
			assertThat(reordered.status()).as(reordered.text()).isEqualTo(200);
			List<String> after = new ArrayList<>();
			reordered.json().get("items").forEach(p -> after.add(p.get("id").asString()));
			assertThat(after).isEqualTo(swapped);
		}
		finally {
			assertThat(sendJson("PUT", "/api/v1/sla-policies/order", adminToken(), Map.of("ids", before), Map.of())
				.status()).isEqualTo(200);
		}
	}

	@Test
	void aPolicyIsCheckedBeforeItIsSaved() {
		Response noTargets = post("/api/v1/sla-policies", adminToken(), Map.of("name", "Nothing " + unique()));
		assertThat(noTargets.status()).isEqualTo(422);
		assertThat(noTargets.errorCode()).isEqualTo("sla_policy.no_targets");

		Response badTarget = post("/api/v1/sla-policies", adminToken(), Map.of("name", "Zero " + unique(),
				"firstReply", Map.of("minutes", 0)));
		assertThat(badTarget.status()).isEqualTo(400);
		assertThat(badTarget.errorCode()).isEqualTo("sla_policy.invalid_target");

		Response badChannel = post("/api/v1/sla-policies", adminToken(), Map.of("name", "Pigeon " + unique(),
				"conditions", Map.of("channels", List.of("pigeon")), "firstReply", Map.of("minutes", 10)));
		assertThat(badChannel.status()).isEqualTo(400);
	}

	private static Map<String, Object> shanghai(String name) {
		List<Map<String, String>> hours = new ArrayList<>();
		for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday")) {
			hours.add(Map.of("day", day, "opens", "09:00", "closes", "12:00"));
			hours.add(Map.of("day", day, "opens", "13:00", "closes", "18:00"));
		}
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("name", name);
		request.put("timeZone", "Asia/Shanghai");
		request.put("hours", hours);
		request.put("holidays", List.of(Map.of("date", "2026-05-01", "name", "Labour Day")));
		return request;
	}
}
