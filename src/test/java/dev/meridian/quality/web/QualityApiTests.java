package dev.meridian.quality.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.meridian.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Quality inspection over the API: the seeded scorecard and rules, versioned scorecards, rule validation, and the
 * automatic inspection of a solved conversation with its evidence, score and who may read it.
 */
class QualityApiTests extends ApiTestSupport {

	@Test
	void theDefaultScorecardHasThreeRedLinesAndOneHundredPoints() {
		JsonNode standard = null;
		for (JsonNode s : get("/api/v1/scorecards", adminToken()).json().get("items")) {
			if (s.get("name").asString().equals("Standard service")) {
				standard = s;
			}
		}
		assertThat(standard).isNotNull();
		assertThat(standard.get("maxPoints").asInt()).isEqualTo(100);
		assertThat(standard.get("version").asInt()).isEqualTo(1);
		List<String> redLines = new ArrayList<>();
		standard.get("items").forEach(i -> {
			if (i.get("type").asString().equals("red_line")) {
				redLines.add(i.get("key").asString());
			}
		});
		assertThat(redLines).containsExactly("forbidden_words", "policy_promise", "sensitive_data");
		assertThat(get("/api/v1/inspection-rules", adminToken()).json().get("items").size()).isGreaterThanOrEqualTo(10);
	}

	@Test
	void changingAScorecardsItemsMakesANewVersionAndTheOldOneStays() {
		String brand = newBrand();
		Map<String, Object> request = scorecard("Chat card " + unique(), brand, List.of(
				item("greeting", "attitude", "yes_no", 40), item("accurate_answer", "product_knowledge", "scale", 60)));
		Response created = post("/api/v1/scorecards", adminToken(), request);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		String id = created.json().get("id").asString();

		request.put("items", List.of(item("greeting", "attitude", "yes_no", 20),
				item("accurate_answer", "product_knowledge", "scale", 80), item("sensitive_data", "red_line", "red_line", 0)));
		Response changed = sendJson("PUT", "/api/v1/scorecards/" + id, adminToken(), request, Map.of());
		assertThat(changed.status()).as(changed.text()).isEqualTo(200);
		assertThat(changed.json().get("version").asInt()).isEqualTo(2);
		assertThat(changed.json().get("items").size()).isEqualTo(3);

		JsonNode first = get("/api/v1/scorecards/" + id + "/versions/1", adminToken()).json();
		assertThat(first.get("items").size()).isEqualTo(2);
		assertThat(first.get("items").get(0).get("points").asInt()).isEqualTo(40);

		request.put("enabled", false);
		Response renamedOnly = sendJson("PUT", "/api/v1/scorecards/" + id, adminToken(), request, Map.of());
		assertThat(renamedOnly.json().get("version").asInt()).as("same items, same version").isEqualTo(2);
	}

	@Test
	void badScorecardsAndRulesAreRefusedWithStableCodes() {
		Response redLineWithPoints = post("/api/v1/scorecards", adminToken(), scorecard("Bad " + unique(), null,
				List.of(item("sensitive_data", "red_line", "red_line", 10))));
		assertThat(redLineWithPoints.status()).isEqualTo(422);
		assertThat(redLineWithPoints.errorCode()).isEqualTo("scorecard.invalid_points");

		Response badRegex = post("/api/v1/inspection-rules", adminToken(), Map.of("name", "Bad " + unique(), "item",
				"forbidden_words", "spec", Map.of("kind", "patterns", "patterns", Map.of("en", List.of("(unclosed")))));
		assertThat(badRegex.status()).isEqualTo(400);
		assertThat(badRegex.errorCode()).isEqualTo("inspection_rule.invalid_pattern");

		Response noMinutes = post("/api/v1/inspection-rules", adminToken(), Map.of("name", "Gap " + unique(), "item",
				"response_time", "spec", Map.of("kind", "response_gap", "minutes", 0, "businessHours", true)));
		assertThat(noMinutes.status()).isEqualTo(422);
		assertThat(noMinutes.errorCode()).isEqualTo("inspection_rule.invalid_minutes");

		Response unknownKind = post("/api/v1/inspection-rules", adminToken(),
				Map.of("name", "X " + unique(), "item", "x", "spec", Map.of("kind", "telepathy")));
		assertThat(unknownKind.status()).isEqualTo(400);

		Response byAnAgent = post("/api/v1/inspection-rules", newAgent("agent").token(), Map.of("name", "Y " + unique(),
				"item", "greeting", "spec", Map.of("kind", "repeat_contact", "days", 3)));
		assertThat(byAnAgent.status()).isEqualTo(403);
	}

	@Test
	void aRuleCanBeCreatedChangedAndDeleted() {
		String name = "Refund promises " + unique();
		Response created = post("/api/v1/inspection-rules", adminToken(), Map.of("name", name, "item", "policy_promise",
				"enabled", false, "spec", Map.of("kind", "keywords", "target", "agent", "phrases",
						Map.of("zh", List.of("包退包换"), "*", List.of("100% refund")))));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.json().get("spec").get("kind").asString()).isEqualTo("keywords");
		assertThat(created.json().get("spec").get("phrases").get("zh").get(0).asString()).isEqualTo("包退包换");

		Response changed = sendJson("PUT", "/api/v1/inspection-rules/" + id, adminToken(), Map.of("name", name, "item",
				"policy_promise", "enabled", false, "spec", Map.of("kind", "repeat_contact", "days", 3)), Map.of());
		assertThat(changed.json().get("spec").get("days").asInt()).isEqualTo(3);

		Response deleted = sendJson("DELETE", "/api/v1/inspection-rules/" + id, adminToken(), "", Map.of());
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(get("/api/v1/inspection-rules/" + id, adminToken()).status()).isEqualTo(404);
	}

	@Test
	void solvingAConversationInspectsItAndACardNumberFailsItOnTheRedLine() {
		TestAgent agent = newAgent("agent");
		JsonNode ticket = openTicket(ticketRequest(brand(), "快递破损 " + unique(), uniqueEmail("customer"),
				"我收到的杯子坏了，我要投诉！"));
		String id = ticket.get("id").asString();
		Response reply = post("/api/v1/tickets/" + id + "/messages", agent.token(),
				Map.of("body", "您好，请把卡号 4111 1111 1111 1111 发给财务。祝您生活愉快"));
		assertThat(reply.status()).as(reply.text()).isEqualTo(201);
		String replyId = reply.json().get("id").asString();
		solve(id);

		JsonNode inspection = awaitInspection(id, adminToken());
		assertThat(inspection.get("agent").asString()).isEqualTo(agent.id());
		assertThat(inspection.get("failed").asBoolean()).isTrue();
		assertThat(inspection.get("score").asInt()).isZero();
		assertThat(inspection.get("maxScore").asInt()).isEqualTo(100);
		assertThat(inspection.get("trigger").asString()).isEqualTo("solved");
		JsonNode card = hit(inspection, "sensitive_data");
		assertThat(card.get("message").asString()).isEqualTo(replyId);
		String body = reply.json().get("body").asString();
		assertThat(body.substring(card.get("start").asInt(), card.get("end").asInt())).isEqualTo("4111 1111 1111 1111");
		assertThat(card.get("excerpt").asString()).isEqualTo("•••• 1111");
		// The complaint (坏了, 投诉) went without an apology: the hit points at the customer's words.
		JsonNode apology = hit(inspection, "apology");
		assertThat(apology.get("message").asString()).isNotEqualTo(replyId);
	}

	@Test
	void aPoliteConversationScoresFullMarks() {
		TestAgent agent = newAgent("agent");
		JsonNode ticket = openTicket(ticketRequest(brand(), "Colour question " + unique(), uniqueEmail("customer"),
				"Hello, does the mug come in blue?"));
		String id = ticket.get("id").asString();
		post("/api/v1/tickets/" + id + "/messages", agent.token(),
				Map.of("body", "Hello,\nyes, it comes in blue and ships today.\nBest regards"));
		post("/api/v1/tickets/" + id + "/messages", adminToken(), Map.of("kind", "inbound", "body", "Great, thanks!"));
		solve(id);

		JsonNode inspection = awaitInspection(id, adminToken());
		assertThat(inspection.get("hits").size()).as(inspection.toString()).isZero();
		assertThat(inspection.get("score").asInt()).isEqualTo(100);
		assertThat(inspection.get("failed").asBoolean()).isFalse();
	}

	@Test
	void anAgentSeesTheInspectionsOfTheirOwnConversationsOnly() {
		TestAgent agent = newAgent("agent");
		TestAgent other = newAgent("agent");
		TestAgent lead = newAgent("lead");
		JsonNode ticket = openTicket("Own inspection " + unique());
		String id = ticket.get("id").asString();
		post("/api/v1/tickets/" + id + "/messages", agent.token(), Map.of("body", "Hello, done. Regards"));
		solve(id);
		awaitInspection(id, adminToken());

		assertThat(get("/api/v1/tickets/" + id + "/inspection", agent.token()).status()).isEqualTo(200);
		assertThat(get("/api/v1/tickets/" + id + "/inspection", lead.token()).status()).isEqualTo(200);
		Response foreign = get("/api/v1/tickets/" + id + "/inspection", other.token());
		assertThat(foreign.status()).isEqualTo(403);
		assertThat(foreign.errorCode()).isEqualTo("quality.not_your_conversation");
	}

	@Test
	void theSameCustomerComingBackWithinSevenDaysCountsAgainstTheEarlierConversation() {
		String customer = uniqueEmail("returning");
		JsonNode first = openTicket(ticketRequest(brand(), "Parcel " + unique(), customer, "Where is my parcel?"));
		String id = first.get("id").asString();
		post("/api/v1/tickets/" + id + "/messages", adminToken(), Map.of("body", "Hello, it arrives tomorrow. Regards"));
		solve(id);
		assertThat(awaitInspection(id, adminToken()).get("hits").findValues("item").stream().map(JsonNode::asString))
			.doesNotContain("resolved");

		JsonNode second = openTicket(ticketRequest(brand(), "Parcel again " + unique(), customer, "It did not arrive."));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonNode again = get("/api/v1/tickets/" + id + "/inspection", adminToken()).json();
			assertThat(again.get("trigger").asString()).isEqualTo("repeat_contact");
			assertThat(hit(again, "resolved").get("detail").asString()).isEqualTo(second.get("number").asString());
		});
	}

	@Test
	void aRunOverATimeRangeInspectsTheConversationsSolvedInIt() {
		JsonNode ticket = openTicket("Range " + unique());
		String id = ticket.get("id").asString();
		solve(id);
		Instant solvedAt = Instant.parse(awaitInspection(id, adminToken()).get("solvedAt").asString());

		Response run = post("/api/v1/inspections/runs", adminToken(),
				Map.of("from", solvedAt.minusSeconds(1).toString(), "to", solvedAt.plusSeconds(1).toString()));
		assertThat(run.status()).as(run.text()).isEqualTo(200);
		assertThat(run.json().get("inspected").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(get("/api/v1/tickets/" + id + "/inspection", adminToken()).json().get("trigger").asString())
			.isEqualTo("on_demand");

		Response backwards = post("/api/v1/inspections/runs", adminToken(),
				Map.of("from", solvedAt.toString(), "to", solvedAt.minusSeconds(5).toString()));
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.errorCode()).isEqualTo("inspection.invalid_range");
	}

	private void solve(String id) {
		Response solved = patch("/api/v1/tickets/" + id, adminToken(), Map.of("status", "solved"));
		assertThat(solved.status()).as(solved.text()).isEqualTo(200);
	}

	private JsonNode awaitInspection(String ticket, String token) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> get("/api/v1/tickets/" + ticket + "/inspection", token).status() == 200);
		return get("/api/v1/tickets/" + ticket + "/inspection", token).json();
	}

	private static JsonNode hit(JsonNode inspection, String item) {
		for (JsonNode hit : inspection.get("hits")) {
			if (hit.get("item").asString().equals(item)) {
				return hit;
			}
		}
		throw new AssertionError("no hit on " + item + " in " + inspection);
	}

	private static Map<String, Object> scorecard(String name, String brand, List<Map<String, Object>> items) {
		Map<String, Object> request = new java.util.LinkedHashMap<>();
		request.put("name", name);
		request.put("brand", brand);
		request.put("channel", null);
		request.put("enabled", true);
		request.put("items", items);
		return request;
	}

	private static Map<String, Object> item(String key, String category, String type, int points) {
		return Map.of("key", key, "category", category, "name", key.replace('_', ' '), "type", type, "points", points);
	}
}
