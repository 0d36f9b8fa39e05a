package dev.meridian.quality.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.ApiTestSupport;
import dev.meridian.survey.Surveys;
import dev.meridian.ticket.TicketId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Re-review over the API: sampling plans pick the right sample and never give an agent their own conversation; the
 * dispute workflow with who may see, score, dispute and decide; calibration shows how far reviewers disagree.
 */
class ReviewsApiTests extends ApiTestSupport {

	@Autowired
	Surveys surveys;

	private static final String CARD = "Hello, your card 4111 1111 1111 1111 is on file. Regards";
	private static final String POLITE = "Hello, it ships today. Regards";

	@Test
	void aRandomSharePlanSamplesItsShareOfEachAgentsWeekAndNeverTheirOwnConversation() {
		TestAgent ana = newAgent("agent");
		TestAgent ben = newAgent("agent");
		TestAgent reviewer = newAgent("reviewer");
		List<String> anasTickets = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			anasTickets.add(solvedConversation(ana, POLITE, List.of()));
		}
		List<String> bensTickets = List.of(solvedConversation(ben, POLITE, List.of()), solvedConversation(ben, POLITE, List.of()));
		// Ana is a reviewer of the plan too: Ben's sample may go to her, her own never.
		String plan = plan(Map.of("kind", "random_share", "sharePercent", 50, "reviewers", List.of(reviewer.id(), ana.id())));

		JsonNode run = runWeek(plan);
		assertThat(run.get("assigned").asInt()).isGreaterThanOrEqualTo(3);

		Map<String, List<JsonNode>> byAgent = reviewsOf(List.of(reviewer, ana), List.of(ana.id(), ben.id()));
		assertThat(byAgent.get(ana.id())).hasSize(2).allSatisfy(r -> {
			assertThat(r.get("reviewer").asString()).isEqualTo(reviewer.id());
			assertThat(anasTickets).contains(r.get("ticket").asString());
			assertThat(r.get("plan").asString()).isEqualTo(plan);
		});
		assertThat(byAgent.get(ben.id())).hasSize(1)
			.allSatisfy(r -> assertThat(bensTickets).contains(r.get("ticket").asString()));

		assertThat(runWeek(plan).get("assigned").asInt()).as("the same week again samples nothing new").isZero();
	}

	@Test
	void aRedLinePlanSamplesEveryFailedConversationAndATagPlanEveryTaggedOne() {
		TestAgent agent = newAgent("agent");
		TestAgent reviewer = newAgent("reviewer");
		String failed1 = solvedConversation(agent, CARD, List.of());
		String failed2 = solvedConversation(agent, CARD, List.of());
		solvedConversation(agent, POLITE, List.of());
		String tag = "refund-" + unique();
		String tagged = solvedConversation(agent, POLITE, List.of(tag));

		runWeek(plan(Map.of("kind", "red_line", "reviewers", List.of(reviewer.id()))));
		runWeek(plan(Map.of("kind", "tag", "tag", tag, "reviewers", List.of(reviewer.id()))));

		List<String> sampled = reviewsOf(List.of(reviewer), List.of(agent.id())).get(agent.id()).stream()
			.map(r -> r.get("ticket").asString())
			.toList();
		assertThat(sampled).containsExactlyInAnyOrder(failed1, failed2, tagged);
	}

	@Test
	void aLowCsatPlanSamplesTheConversationsWhoseLatestRatingIsAtMostItsMaxScore() {
		TestAgent agent = newAgent("agent");
		TestAgent reviewer = newAgent("reviewer");
		String veryUnhappy = rated(solvedConversation(agent, POLITE, List.of()), 1);
		String unhappy = rated(solvedConversation(agent, POLITE, List.of()), 2);
		rated(solvedConversation(agent, POLITE, List.of()), 3);
		rated(solvedConversation(agent, POLITE, List.of()), 5);
		solvedConversation(agent, POLITE, List.of());
		rated(rated(solvedConversation(agent, POLITE, List.of()), 1), 4);
		String changedToUnhappy = rated(rated(solvedConversation(agent, POLITE, List.of()), 5), 2);

		Response badMax = post("/api/v1/sampling-plans", adminToken(), Map.of("name", "Bad " + unique(), "kind",
				"low_csat", "maxScore", 0, "reviewers", List.of(reviewer.id())));
		assertThat(badMax.errorCode()).isEqualTo("sampling_plan.invalid_max_score");
		String plan = plan(Map.of("kind", "low_csat", "reviewers", List.of(reviewer.id())));
		assertThat(get("/api/v1/sampling-plans", adminToken()).json().get("items")).anySatisfy(p -> {
			assertThat(p.get("id").asString()).isEqualTo(plan);
			assertThat(p.get("maxScore").asInt()).as("the default").isEqualTo(2);
		});
		runWeek(plan);

		List<String> sampled = reviewsOf(List.of(reviewer), List.of(agent.id())).get(agent.id()).stream()
			.map(r -> r.get("ticket").asString())
			.toList();
		assertThat(sampled).containsExactlyInAnyOrder(veryUnhappy, unhappy, changedToUnhappy);
	}

	@Test
	void theDisputeWorkflowFollowsWhoMayDoWhat() {
		TestAgent agent = newAgent("agent");
		TestAgent colleague = newAgent("agent");
		TestAgent reviewer = newAgent("reviewer");
		TestAgent otherReviewer = newAgent("reviewer");
		TestAgent lead = newAgent("lead");
		String ticket = solvedConversation(agent, "It ships today.", List.of());

		Response own = post("/api/v1/reviews", lead.token(), Map.of("ticket", ticket, "reviewer", agent.id()));
		assertThat(own.status()).isEqualTo(403);
		assertThat(own.errorCode()).isEqualTo("review.own_conversation");
		assertThat(post("/api/v1/reviews", agent.token(), Map.of("ticket", ticket, "reviewer", reviewer.id())).errorCode())
			.as("only leads assign").isEqualTo("review.lead_only");
		Response assigned = post("/api/v1/reviews", lead.token(), Map.of("ticket", ticket, "reviewer", reviewer.id()));
		assertThat(assigned.status()).as(assigned.text()).isEqualTo(201);
		String review = assigned.json().get("id").asString();
		assertThat(assigned.json().get("autoScore").asInt()).as("no greeting, no closing").isEqualTo(80);

		Map<String, Object> scores = scores(Map.of("greeting", 0, "closing", 0));
		Response byAgent = put("/api/v1/reviews/" + review + "/scores", agent.token(), scores);
		assertThat(byAgent.status()).isEqualTo(403);
		assertThat(byAgent.errorCode()).isEqualTo("review.own_conversation");
		Response byOther = put("/api/v1/reviews/" + review + "/scores", otherReviewer.token(), scores);
		assertThat(byOther.errorCode()).isEqualTo("review.not_your_assignment");
		assertThat(get("/api/v1/reviews/" + review, agent.token()).status()).as("not before it is submitted").isEqualTo(403);

		Response submitted = put("/api/v1/reviews/" + review + "/scores", reviewer.token(), scores);
		assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
		assertThat(submitted.json().get("score").asInt()).isEqualTo(80);
		assertThat(put("/api/v1/reviews/" + review + "/scores", reviewer.token(), scores).errorCode())
			.isEqualTo("review.already_submitted");

		assertThat(get("/api/v1/reviews/" + review, agent.token()).status()).isEqualTo(200);
		assertThat(get("/api/v1/reviews/" + review, lead.token()).status()).isEqualTo(200);
		Response foreign = get("/api/v1/reviews/" + review, colleague.token());
		assertThat(foreign.status()).isEqualTo(403);
		assertThat(foreign.errorCode()).isEqualTo("review.not_yours");
		assertThat(get("/api/v1/reviews?agent=" + agent.id(), colleague.token()).status()).isEqualTo(403);
		assertThat(get("/api/v1/reviews?agent=me", agent.token()).json().get("items").findValues("id").stream()
			.map(JsonNode::asString)).contains(review);

		Response byColleague = post("/api/v1/reviews/" + review + "/disputes", colleague.token(),
				Map.of("item", "greeting", "reason", "not mine but still"));
		assertThat(byColleague.errorCode()).isEqualTo("dispute.not_your_review");
		Response dispute = post("/api/v1/reviews/" + review + "/disputes", agent.token(),
				Map.of("item", "greeting", "reason", "The customer was greeted in the subject line."));
		assertThat(dispute.status()).as(dispute.text()).isEqualTo(201);
		String disputeId = dispute.json().get("id").asString();
		assertThat(post("/api/v1/reviews/" + review + "/disputes", agent.token(),
				Map.of("item", "greeting", "reason", "again")).errorCode()).isEqualTo("dispute.already_disputed");

		Response byReviewer = post("/api/v1/disputes/" + disputeId + "/decision", reviewer.token(), Map.of("upheld", true));
		assertThat(byReviewer.status()).isEqualTo(403);
		Response decided = post("/api/v1/disputes/" + disputeId + "/decision", lead.token(),
				Map.of("upheld", true, "note", "Fair enough."));
		assertThat(decided.status()).as(decided.text()).isEqualTo(200);
		assertThat(decided.json().get("score").asInt()).as("the greeting's 10 points come back").isEqualTo(90);
		assertThat(decided.json().get("history").findValues("action").stream().map(JsonNode::asString))
			.containsExactly("assigned", "submitted", "disputed", "dispute_upheld");
		JsonNode decision = decided.json().get("disputes").get(0);
		assertThat(decision.get("status").asString()).isEqualTo("upheld");
		assertThat(decision.get("pointsBefore").asInt()).isZero();
		assertThat(decision.get("pointsAfter").asInt()).isEqualTo(10);
		assertThat(post("/api/v1/disputes/" + disputeId + "/decision", lead.token(), Map.of("upheld", false)).status())
			.isEqualTo(409);
	}

	@Test
	void aRejectedDisputeLeavesTheScoreAndARedLineFailsTheReview() {
		TestAgent agent = newAgent("agent");
		TestAgent reviewer = newAgent("reviewer");
		TestAgent lead = newAgent("lead");
		String ticket = solvedConversation(agent, CARD, List.of());
		String review = post("/api/v1/reviews", lead.token(), Map.of("ticket", ticket, "reviewer", reviewer.id())).json()
			.get("id").asString();

		Map<String, Object> scores = scores(Map.of());
		markBreached(scores, "sensitive_data");
		JsonNode submitted = put("/api/v1/reviews/" + review + "/scores", reviewer.token(), scores).json();
		assertThat(submitted.get("failed").asBoolean()).isTrue();
		assertThat(submitted.get("score").asInt()).isZero();

		String dispute = post("/api/v1/reviews/" + review + "/disputes", agent.token(),
				Map.of("item", "sensitive_data", "reason", "It was a test card.")).json().get("id").asString();
		JsonNode rejected = post("/api/v1/disputes/" + dispute + "/decision", lead.token(), Map.of("upheld", false)).json();
		assertThat(rejected.get("score").asInt()).isZero();
		assertThat(rejected.get("failed").asBoolean()).isTrue();
		assertThat(rejected.get("disputes").get(0).get("status").asString()).isEqualTo("rejected");
	}

	@Test
	void scoresOutsideAnItemsRangeOrMissingItemsAreRefused() {
		TestAgent agent = newAgent("agent");
		TestAgent reviewer = newAgent("reviewer");
		TestAgent lead = newAgent("lead");
		String ticket = solvedConversation(agent, POLITE, List.of());
		String review = post("/api/v1/reviews", lead.token(), Map.of("ticket", ticket, "reviewer", reviewer.id())).json()
			.get("id").asString();

		Response yesNoHalf = put("/api/v1/reviews/" + review + "/scores", reviewer.token(), scores(Map.of("greeting", 5)));
		assertThat(yesNoHalf.status()).isEqualTo(422);
		assertThat(yesNoHalf.errorCode()).isEqualTo("review.invalid_points");
		Response missing = put("/api/v1/reviews/" + review + "/scores", reviewer.token(),
				Map.of("scores", List.of(Map.of("item", "greeting", "points", 10))));
		assertThat(missing.errorCode()).isEqualTo("review.item_missing");
	}

	@Test
	void calibrationShowsEachReviewersScoreAndTheVariance() {
		TestAgent agent = newAgent("agent");
		TestAgent lead = newAgent("lead");
		List<TestAgent> reviewers = List.of(newAgent("reviewer"), newAgent("reviewer"), newAgent("reviewer"));
		String ticket = solvedConversation(agent, POLITE, List.of());
		Response created = post("/api/v1/calibrations", lead.token(),
				Map.of("ticket", ticket, "reviewers", reviewers.stream().map(TestAgent::id).toList()));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		JsonNode reviews = created.json().get("items");
		assertThat(reviews).hasSize(3);

		// 100, 90 and 80: mean 90, population variance 66.7.
		List<Map<String, Integer>> given = List.of(Map.of(), Map.of("greeting", 0), Map.of("greeting", 0, "closing", 0));
		for (int i = 0; i < 3; i++) {
			Response submitted = put("/api/v1/reviews/" + reviews.get(i).get("id").asString() + "/scores",
					reviewers.get(i).token(), scores(given.get(i)));
			assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
		}
		JsonNode calibration = get("/api/v1/calibrations/" + ticket, lead.token()).json();
		assertThat(calibration.get("mean").asDouble()).isEqualTo(90.0);
		assertThat(calibration.get("variance").asDouble()).isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.01));
		assertThat(calibration.get("items").get("greeting").get("min").asInt()).isZero();
		assertThat(calibration.get("items").get("greeting").get("max").asInt()).isEqualTo(10);
		assertThat(get("/api/v1/calibrations/" + ticket, agent.token()).status()).isEqualTo(403);
	}

	// ---- helpers ----

	/** A conversation the agent answered with {@code reply}, solved and inspected; answers the ticket id. */
	private String solvedConversation(TestAgent agent, String reply, List<String> tags) {
		Map<String, Object> request = ticketRequest(brand(), "Order " + unique(), uniqueEmail("customer"),
				"Does the mug come in blue?");
		request.put("tags", tags);
		String id = openTicket(request).get("id").asString();
		Response replied = post("/api/v1/tickets/" + id + "/messages", agent.token(), Map.of("body", reply));
		assertThat(replied.status()).as(replied.text()).isEqualTo(201);
		Response solved = patch("/api/v1/tickets/" + id, adminToken(), Map.of("status", "solved", "assignee", agent.id()));
		assertThat(solved.status()).as(solved.text()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> get("/api/v1/tickets/" + id + "/inspection", adminToken()).status() == 200);
		return id;
	}

	/** The customer rates the ticket {@code score} through the public survey API; answers the ticket id. */
	private String rated(String ticket, int score) {
		String token = surveys.invite(TicketId.parse(ticket)).token();
		assertThat(post("/api/v1/surveys/" + token + "/answer", null, Map.of("score", score)).status()).isEqualTo(200);
		return ticket;
	}

	private String plan(Map<String, Object> fields) {
		Map<String, Object> request = new HashMap<>(fields);
		request.put("name", "Plan " + unique());
		Response created = post("/api/v1/sampling-plans", adminToken(), request);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private JsonNode runWeek(String plan) {
		Response run = post("/api/v1/sampling-plans/" + plan + "/runs", adminToken(),
				Map.of("week", LocalDate.now(ZoneOffset.UTC).toString()));
		assertThat(run.status()).as(run.text()).isEqualTo(200);
		return run.json();
	}

	/** The reviews waiting for {@code reviewers}, of the conversations of {@code agents}, by agent. */
	private Map<String, List<JsonNode>> reviewsOf(List<TestAgent> reviewers, List<String> agents) {
		Map<String, List<JsonNode>> byAgent = new HashMap<>();
		agents.forEach(a -> byAgent.put(a, new ArrayList<>()));
		for (TestAgent reviewer : reviewers) {
			for (JsonNode review : get("/api/v1/reviews?reviewer=me", reviewer.token()).json().get("items")) {
				String agent = review.get("agent").asString();
				if (byAgent.containsKey(agent)) {
					byAgent.get(agent).add(review);
				}
			}
		}
		return byAgent;
	}

	/** Full points on every item of the default scorecard except {@code points}. */
	private static Map<String, Object> scores(Map<String, Integer> points) {
		Map<String, Integer> full = new java.util.LinkedHashMap<>();
		for (String[] item : new String[][] { { "greeting", "10" }, { "closing", "10" }, { "apology", "10" },
				{ "polite_tone", "15" }, { "accurate_answer", "20" }, { "response_time", "15" }, { "resolved", "10" },
				{ "satisfied_ending", "10" }, { "forbidden_words", "0" }, { "policy_promise", "0" },
				{ "sensitive_data", "0" } }) {
			full.put(item[0], points.getOrDefault(item[0], Integer.parseInt(item[1])));
		}
		List<Map<String, Object>> scores = new ArrayList<>();
		full.forEach((item, p) -> scores.add(new HashMap<>(Map.of("item", item, "points", p))));
		Map<String, Object> request = new HashMap<>();
		request.put("scores", scores);
		request.put("comment", "Checked against the order history.");
		request.put("businessTypes", List.of("logistics"));
		return request;
	}

	@SuppressWarnings("unchecked")
	private static void markBreached(Map<String, Object> request, String item) {
		for (Map<String, Object> score : (List<Map<String, Object>>) request.get("scores")) {
			if (score.get("item").equals(item)) {
				score.put("breached", true);
			}
		}
	}

	private Response put(String path, String token, Object body) {
		return sendJson("PUT", path, token, body, Map.of());
	}
}
