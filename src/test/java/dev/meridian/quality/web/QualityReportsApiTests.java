package dev.meridian.quality.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.meridian.ApiTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The quality reports against a dataset built here, in a team of its own: two agents, four solved conversations
 * (one polite, one without greeting and closing, one with a card number; one polite by the second agent) and three
 * reviews that agree and disagree with automatic inspection in known ways. Built once for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualityReportsApiTests extends ApiTestSupport {

	private static final String POLITE = "Hello, it ships today. Regards";
	private static final String CURT = "It ships today.";
	private static final String CARD = "Hello, your card 4111 1111 1111 1111 is on file. Regards";

	private String team;
	private Member ana;
	private Member ben;
	private Member reviewer;
	private TestAgent lead;
	private String cardTicket;

	@BeforeAll
	void dataset() {
		Response created = post("/api/v1/teams", adminToken(), Map.of("name", "QA team " + unique(), "timeZone", "UTC"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		team = created.json().get("id").asString();
		ana = member("agent");
		ben = member("agent");
		reviewer = member("reviewer");
		lead = newAgent("lead");

		solved(ana, POLITE);
		String curt = solved(ana, CURT);
		cardTicket = solved(ana, CARD);
		String bens = solved(ben, POLITE);

		review(curt, Map.of("greeting", 0, "accurate_answer", 10), List.of(), List.of("refund"));
		review(cardTicket, Map.of(), List.of("sensitive_data"), List.of("payment"));
		review(bens, Map.of(), List.of(), List.of());
	}

	@Test
	void reviewsAreCountedPerReviewerAndDay() {
		JsonNode rows = report("reviewers", lead).get("items");
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("reviewer").asString()).isEqualTo(reviewer.id());
		assertThat(rows.get(0).get("date").asString()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
		assertThat(rows.get(0).get("reviewed").asInt()).isEqualTo(3);
	}

	@Test
	void eachAgentsFlagsAreCountedByCategoryItemAndBusinessTypeWithTheWeeklyTrend() {
		Map<String, JsonNode> byAgent = byKey(report("agents", lead).get("items"), "agent");
		JsonNode a = byAgent.get(ana.id());
		assertThat(a.get("conversations").asInt()).isEqualTo(3);
		assertThat(a.get("flagged").asInt()).isEqualTo(2);
		// A tie puts the more serious category first: the red line before attitude and product knowledge.
		assertThat(counts(a.get("categories"))).containsExactly(Map.entry("red_line", 1), Map.entry("attitude", 1),
				Map.entry("product_knowledge", 1));
		// The reviewer's word beats the machine's: closing was hit automatically, the reviewer gave it its points.
		assertThat(counts(a.get("items"))).containsOnlyKeys("greeting", "accurate_answer", "sensitive_data");
		assertThat(counts(a.get("businessTypes"))).containsOnly(Map.entry("payment", 1), Map.entry("refund", 1));
		JsonNode week = a.get("weeks").get(0);
		assertThat(a.get("weeks")).hasSize(1);
		assertThat(week.get("conversations").asInt()).isEqualTo(3);
		assertThat(week.get("flagged").asInt()).isEqualTo(2);
		assertThat(LocalDate.parse(week.get("week").asString()).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);

		JsonNode b = byAgent.get(ben.id());
		assertThat(b.get("flagged").asInt()).isZero();
		assertThat(byAgent).as("only the team's agents").hasSize(2);
	}

	@Test
	void teamAveragesAndDistributionsCoverAutomaticAndHumanScores() {
		JsonNode team = report("team", lead);
		assertThat(team.get("conversations").asInt()).isEqualTo(4);
		assertThat(team.get("autoAverage").asDouble()).isEqualTo(70.0); // 100, 80, 0, 100
		assertThat(team.get("reviewed").asInt()).isEqualTo(3);
		assertThat(team.get("reviewAverage").asDouble()).isEqualTo(60.0); // 80, 0, 100
		assertThat(distribution(team.get("autoDistribution"))).containsExactly(1, 0, 0, 1, 2);
		assertThat(distribution(team.get("reviewDistribution"))).containsExactly(1, 0, 0, 1, 1);
		JsonNode a = byKey(team.get("agents"), "agent").get(ana.id());
		assertThat(a.get("autoAverage").asDouble()).isEqualTo(60.0);
		assertThat(a.get("reviewAverage").asDouble()).isEqualTo(40.0);
		assertThat(a.get("redLines").asInt()).isEqualTo(1);
	}

	@Test
	void theRedLineIncidentListNamesTheConversationAndWhoFoundIt() {
		JsonNode rows = report("red-lines", lead).get("items");
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("ticket").asString()).isEqualTo(cardTicket);
		assertThat(rows.get(0).get("item").asString()).isEqualTo("sensitive_data");
		assertThat(rows.get(0).get("source").asString()).isEqualTo("both");
		assertThat(rows.get(0).get("agent").asString()).isEqualTo(ana.id());
	}

	@Test
	void agreementComparesAutomaticAndHumanScoresItemByItem() {
		JsonNode agreement = report("agreement", lead);
		assertThat(agreement.get("conversations").asInt()).isEqualTo(3);
		assertThat(agreement.get("verdictAgreement").asDouble()).isEqualTo(1.0);
		// 3 conversations × 11 items; the reviewer passed closing (auto hit it) and flagged accurate_answer (auto cannot).
		assertThat(agreement.get("itemAgreement").asDouble()).isCloseTo(31.0 / 33, within(1e-9));
		assertThat(agreement.get("meanAbsoluteDifference").asDouble()).isZero();
		Map<String, JsonNode> items = byKey(agreement.get("items"), "item");
		assertThat(items.get("closing").get("autoOnly").asInt()).isEqualTo(1);
		assertThat(items.get("accurate_answer").get("humanOnly").asInt()).isEqualTo(1);
		assertThat(items.get("greeting").get("agree").asInt()).isEqualTo(3);
	}

	@Test
	void reportsExportAsCsvAndAreForLeads() {
		Response csv = get("/api/v1/reports/quality/agents?team=" + team + "&" + days() + "&format=csv", lead.token());
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type").orElseThrow()).startsWith("text/csv");
		String text = csv.text();
		assertThat(text).startsWith("\uFEFFagent,agentName,conversations,flagged,kind,key,flaggedConversations\r\n");
		assertThat(text).contains(ana.id() + ",").contains(",item,sensitive_data,1\r\n").contains(",business_type,refund,1\r\n");

		Response byAgent = get("/api/v1/reports/quality/team?team=" + team + "&" + days(), ana.token());
		assertThat(byAgent.status()).isEqualTo(403);
		assertThat(byAgent.errorCode()).isEqualTo("report.lead_only");
		Response own = get("/api/v1/reports/quality/agents?agent=me&" + days(), ana.token());
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.json().get("items")).hasSize(1);
		Response backwards = get("/api/v1/reports/quality/team?from=2026-11-10&to=2026-11-01", lead.token());
		assertThat(backwards.errorCode()).isEqualTo("report.invalid_range");
	}

	// ---- helpers ----

	private JsonNode report(String name, TestAgent who) {
		Response response = get("/api/v1/reports/quality/" + name + "?team=" + team + "&" + days(), who.token());
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.json();
	}

	private static String days() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		return "from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
	}

	/** An agent of the dataset's team. */
	private record Member(String id, String token) {
	}

	private Member member(String role) {
		String email = uniqueEmail(role);
		String password = "Pass-" + UUID.randomUUID();
		Response created = post("/api/v1/agents", adminToken(), Map.of("name", "Member " + unique(), "email", email,
				"password", password, "role", role, "teams", List.of(team)));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return new Member(created.json().get("id").asString(), tokenFor(email, password));
	}

	private String solved(Member agent, String reply) {
		String id = openTicket(ticketRequest(brand(), "Mug " + unique(), uniqueEmail("customer"),
				"Does the mug come in blue?")).get("id").asString();
		assertThat(post("/api/v1/tickets/" + id + "/messages", agent.token(), Map.of("body", reply)).status()).isEqualTo(201);
		patch("/api/v1/tickets/" + id, adminToken(), Map.of("status", "solved", "assignee", agent.id()));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> get("/api/v1/tickets/" + id + "/inspection", adminToken()).status() == 200);
		return id;
	}

	private void review(String ticket, Map<String, Integer> points, List<String> breached, List<String> types) {
		Response assigned = post("/api/v1/reviews", lead.token(), Map.of("ticket", ticket, "reviewer", reviewer.id()));
		assertThat(assigned.status()).as(assigned.text()).isEqualTo(201);
		List<Map<String, Object>> scores = new ArrayList<>();
		for (JsonNode item : get("/api/v1/scorecards/" + standardScorecard(), adminToken()).json().get("items")) {
			String key = item.get("key").asString();
			Map<String, Object> score = new HashMap<>();
			score.put("item", key);
			score.put("points", points.getOrDefault(key, item.get("points").asInt()));
			score.put("breached", breached.contains(key));
			scores.add(score);
		}
		Response submitted = sendJson("PUT", "/api/v1/reviews/" + assigned.json().get("id").asString() + "/scores",
				reviewer.token(), Map.of("scores", scores, "businessTypes", types), Map.of());
		assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
	}

	private String standardScorecard() {
		for (JsonNode s : get("/api/v1/scorecards", adminToken()).json().get("items")) {
			if (s.get("name").asString().equals("Standard service")) {
				return s.get("id").asString();
			}
		}
		throw new AssertionError("no default scorecard");
	}

	private static Map<String, JsonNode> byKey(JsonNode rows, String field) {
		Map<String, JsonNode> map = new LinkedHashMap<>();
		rows.forEach(r -> map.put(r.get(field).asString(), r));
		return map;
	}

	private static Map<String, Integer> counts(JsonNode counts) {
		Map<String, Integer> map = new LinkedHashMap<>();
		counts.forEach(c -> map.put(c.get("key").asString(), c.get("conversations").asInt()));
		return map;
	}

	private static List<Integer> distribution(JsonNode d) {
		return List.of(d.get("below60").asInt(), d.get("from60").asInt(), d.get("from70").asInt(), d.get("from80").asInt(),
				d.get("from90").asInt());
	}
}
