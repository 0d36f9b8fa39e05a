package dev.meridian.survey.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.ApiTestSupport;
import dev.meridian.survey.Surveys;
import dev.meridian.ticket.TicketId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The satisfaction API: the public answer endpoint with its stable error codes, a ticket's rating for every agent,
 * and the list of answers by range, brand and score for leads, reviewers and admins only, page by page.
 */
class SatisfactionApiTests extends ApiTestSupport {

	@Autowired
	Surveys surveys;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theCustomerAnswersWithoutSigningInAndBadAnswersGetStableCodes() {
		String id = openTicket("Cracked case " + unique()).get("id").asString();
		String token = surveys.invite(TicketId.parse(id)).token();
		String agent = newAgent("agent").token();
		assertThat(get("/api/v1/tickets/" + id + "/satisfaction", agent).errorCode()).isEqualTo("satisfaction.not_found");

		Response answered = post("/api/v1/surveys/" + token + "/answer", null, Map.of("score", 1, "comment", "Rude"));
		assertThat(answered.status()).as(answered.text()).isEqualTo(200);
		assertThat(answered.json().get("ticket").asString()).isEqualTo(id);

		JsonNode rating = get("/api/v1/tickets/" + id + "/satisfaction", agent).json();
		assertThat(rating.get("score").asInt()).isEqualTo(1);
		assertThat(rating.get("comment").asString()).isEqualTo("Rude");
		assertThat(Instant.parse(rating.get("answeredAt").asString())).isBefore(Instant.now().plusSeconds(1));

		Response badScore = post("/api/v1/surveys/" + token + "/answer", null, Map.of("score", 6));
		assertThat(badScore.status()).isEqualTo(422);
		assertThat(badScore.errorCode()).isEqualTo("survey.invalid_score");
		Response noScore = post("/api/v1/surveys/" + token + "/answer", null, Map.of("comment", "no score"));
		assertThat(noScore.errorCode()).isEqualTo("survey.invalid_score");
		Response tooLong = post("/api/v1/surveys/" + token + "/answer", null, Map.of("score", 3, "comment", "x".repeat(2001)));
		assertThat(tooLong.errorCode()).isEqualTo("survey.comment_too_long");
		Response unknown = post("/api/v1/surveys/not-a-real-token/answer", null, Map.of("score", 3));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.errorCode()).isEqualTo("survey.unknown_token");

		jdbc.update("update survey_invitation set expires_at = created_at - interval '1' day where token = ?", token);
		Response expired = post("/api/v1/surveys/" + token + "/answer", null, Map.of("score", 5));
		assertThat(expired.status()).isEqualTo(422);
		assertThat(expired.errorCode()).isEqualTo("survey.expired");
		assertThat(get("/api/v1/tickets/" + id + "/satisfaction", agent).json().get("score").asInt()).isEqualTo(1);

		assertThat(get("/api/v1/satisfaction", null).status()).as("reading needs a token").isEqualTo(401);
	}

	@Test
	void leadsReviewersAndAdminsListAnswersByRangeBrandAndScorePageByPage() {
		String brand = newBrand();
		Instant from = Instant.now().minusSeconds(1);
		Map<String, Integer> scores = new HashMap<>();
		for (int score : new int[] { 1, 2, 2, 5 }) {
			String id = openTicket(ticketRequest(brand, "Survey list " + unique(), uniqueEmail("c"), "Hi")).get("id")
				.asString();
			String token = surveys.invite(TicketId.parse(id)).token();
			assertThat(post("/api/v1/surveys/" + token + "/answer", null, Map.of("score", score)).status()).isEqualTo(200);
			scores.put(id, score);
		}
		String range = "from=" + from + "&to=" + Instant.now().plusSeconds(1) + "&brand=" + brand;

		Response byAgent = get("/api/v1/satisfaction?" + range, newAgent("agent").token());
		assertThat(byAgent.status()).isEqualTo(403);
		assertThat(byAgent.errorCode()).isEqualTo("satisfaction.forbidden");
		assertThat(get("/api/v1/satisfaction?" + range, newAgent("reviewer").token()).status()).isEqualTo(200);

		String lead = newAgent("lead").token();
		List<String> seen = new ArrayList<>();
		String cursor = null;
		do {
			JsonNode page = get("/api/v1/satisfaction?" + range + "&limit=3"
					+ (cursor == null ? "" : "&cursor=" + cursor), lead).json();
			page.get("items").forEach(item -> {
				assertThat(item.get("brand").asString()).isEqualTo(brand);
				assertThat(item.get("score").asInt()).isEqualTo(scores.get(item.get("ticket").asString()));
				seen.add(item.get("ticket").asString());
			});
			cursor = page.path("nextCursor").isString() ? page.get("nextCursor").asString() : null;
		}
		while (cursor != null);
		assertThat(seen).containsExactlyInAnyOrderElementsOf(scores.keySet());

		JsonNode twos = get("/api/v1/satisfaction?" + range + "&score=2", adminToken()).json();
		assertThat(twos.get("items").size()).isEqualTo(2);
		assertThat(get("/api/v1/satisfaction?" + range + "&score=0", adminToken()).errorCode())
			.isEqualTo("satisfaction.invalid_score");
	}
}
