package dev.meridian.survey.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.meridian.ApiTestSupport;
import dev.meridian.survey.Surveys;
import dev.meridian.ticket.TicketId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The customer's rating page over real HTTP, without signing in: it speaks the ticket's language, stores a score
 * and comment only through a POST that carries the CSRF token, thanks the customer, lets them change the answer,
 * and says clearly when a link is unknown or the survey has closed.
 */
class SurveyPageTests extends ApiTestSupport {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	Surveys surveys;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theCustomerRatesAddsACommentAndChangesTheScore() {
		String id = openTicket("Scratched lens " + unique()).get("id").asString();
		String token = surveys.invite(TicketId.parse(id)).token();

		Response page = get("/survey/" + token + "?score=4", null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("How satisfied are you with the help you got?", "Scratched lens",
				"Very dissatisfied", "Very satisfied", "data-state=\"open\"");
		assertThat(page.text()).as("?score=4 marks the fourth score").contains(
				"aria-pressed=\"true\" data-score=\"4\"").doesNotContain("aria-pressed=\"true\" data-score=\"2\"");
		assertThat(surveys.of(TicketId.parse(id))).as("a GET stores nothing").isEmpty();

		Response stored = postForm(page, token, Map.of("score", "2", "comment", "It took a week"));
		assertThat(stored.status()).isEqualTo(302);
		assertThat(stored.header("Location").orElseThrow()).endsWith("/survey/" + token);

		Response thanks = get("/survey/" + token, null);
		assertThat(thanks.text()).contains("Thank you for your rating!", "It took a week", "data-state=\"answered\"");
		assertThat(get("/api/v1/tickets/" + id + "/satisfaction", adminToken()).json().get("score").asInt()).isEqualTo(2);

		assertThat(postForm(thanks, token, Map.of("score", "5", "comment", "Sorted after all")).status()).isEqualTo(302);
		var answer = get("/api/v1/tickets/" + id + "/satisfaction", adminToken()).json();
		assertThat(answer.get("score").asInt()).isEqualTo(5);
		assertThat(answer.get("comment").asString()).isEqualTo("Sorted after all");
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefusedAndStoresNothing() {
		String id = openTicket("Missing strap " + unique()).get("id").asString();
		String token = surveys.invite(TicketId.parse(id)).token();
		Response refused = send(HttpRequest.newBuilder(uri("/survey/" + token))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("score=1")));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(surveys.of(TicketId.parse(id))).isEmpty();
	}

	@Test
	void thePageSpeaksTheTicketsLanguage() {
		Map<String, Object> request = ticketRequest(brand(), "Reißverschluss klemmt " + unique(),
				uniqueEmail("kunde"), "Hallo");
		String id = openTicket(request).get("id").asString();
		assertThat(patch("/api/v1/tickets/" + id, adminToken(), Map.of("language", "de")).status()).isEqualTo(200);
		String token = surveys.invite(TicketId.parse(id)).token();

		Response page = send(HttpRequest.newBuilder(uri("/survey/" + token)).header("Accept-Language", "fr").GET());
		assertThat(page.text()).contains("lang=\"de\"", "Wie zufrieden sind Sie mit der Hilfe", "Sehr zufrieden");

		assertThat(patch("/api/v1/tickets/" + id, adminToken(), Map.of("language", "zh-Hant")).status()).isEqualTo(200);
		assertThat(get("/survey/" + token, null).text()).contains("您對這次獲得的協助滿意嗎");
	}

	@Test
	void aBadScoreIsRefusedOnThePage() {
		String token = surveys.invite(TicketId.parse(openTicket("Faded print " + unique()).get("id").asString())).token();
		Response page = get("/survey/" + token, null);
		Response refused = postForm(page, token, Map.of("score", "9", "comment", "keep me"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("Please choose a score from 1 to 5.", "keep me");
	}

	@Test
	void unknownAndExpiredLinksSayWhatHappened() {
		Response unknown = get("/survey/no-such-survey-token", null);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.text()).contains("We cannot find this survey").doesNotContain("<form");

		String id = openTicket("Old order " + unique()).get("id").asString();
		String token = surveys.invite(TicketId.parse(id)).token();
		Response open = get("/survey/" + token, null);
		jdbc.update("update survey_invitation set expires_at = created_at - interval '1' day where token = ?", token);
		Response expired = get("/survey/" + token, null);
		assertThat(expired.status()).isEqualTo(410);
		assertThat(expired.text()).contains("This survey has closed").doesNotContain("<textarea");
		assertThat(postForm(open, token, Map.of("score", "3")).status()).as("a page opened before it closed").isEqualTo(410);
		assertThat(surveys.of(TicketId.parse(id))).isEmpty();
	}

	/** Posts the page's form as a browser would: the token from the page's hidden field and its cookie. */
	private Response postForm(Response page, String token, Map<String, String> fields) {
		Matcher field = CSRF_FIELD.matcher(page.text());
		assertThat(field.find()).as("the form carries a CSRF token").isTrue();
		String cookie = page.headers().entrySet().stream()
			.filter(e -> e.getKey().equalsIgnoreCase("set-cookie"))
			.flatMap(e -> e.getValue().stream())
			.filter(c -> c.startsWith("XSRF-TOKEN="))
			.map(c -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie in " + page.headers()));
		StringBuilder body = new StringBuilder("_csrf=" + encode(field.group(1)));
		fields.forEach((name, value) -> body.append('&').append(name).append('=').append(encode(value)));
		return send(HttpRequest.newBuilder(uri("/survey/" + token))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
