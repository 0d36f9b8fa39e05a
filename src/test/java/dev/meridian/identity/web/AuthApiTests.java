package dev.meridian.identity.web;

import static dev.meridian.identity.web.DirectoryApiTests.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.meridian.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AuthApiTests extends ApiTestSupport {

	@Test
	void issuesBearerTokenForEmailAndPassword() {
		TestAgent agent = newAgent("agent");
		Response issued = issueToken(agent.email().toUpperCase(), agent.password());
		assertThat(issued.status()).as(issued.text()).isEqualTo(201);
		JsonNode token = issued.json();
		assertThat(token.get("token").asString()).startsWith("mrd_").hasSizeGreaterThan(40);
		assertThat(token.get("tokenType").asString()).isEqualTo("Bearer");
		assertThat(token.get("agent").asString()).isEqualTo(agent.id());
		assertThat(Instant.parse(token.get("expiresAt").asString())).isBetween(Instant.now().plus(Duration.ofDays(29)),
				Instant.now().plus(Duration.ofDays(31)));
		assertThat(issued.header("Set-Cookie")).as("the API never starts a session").isEmpty();

		Response me = get("/api/v1/agents/" + agent.id(), token.get("token").asString());
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.header("Set-Cookie")).isEmpty();
	}

	@Test
	void refusesWrongCredentialsWithJson401() {
		TestAgent agent = newAgent("agent");
		assertError(issueToken(agent.email(), agent.password() + "x"), 401, "auth.invalid_credentials");
		assertError(issueToken(uniqueEmail("nobody"), "whatever password"), 401, "auth.invalid_credentials");
		assertError(send(HttpRequest.newBuilder(uri("/api/v1/auth/tokens")).POST(HttpRequest.BodyPublishers.noBody())), 401,
				"auth.invalid_credentials");
		assertError(send(HttpRequest.newBuilder(uri("/api/v1/auth/tokens"))
			.header("Authorization", "Basic !!!not-base64")
			.POST(HttpRequest.BodyPublishers.noBody())), 401, "auth.invalid_credentials");
		assertError(send(HttpRequest.newBuilder(uri("/api/v1/auth/tokens"))
			.header("Authorization", "Bearer " + agent.token())
			.POST(HttpRequest.BodyPublishers.noBody())), 401, "auth.invalid_credentials");
	}

	@Test
	void throttlesTheSixthFailedLoginWithRetryAfter() {
		TestAgent agent = newAgent("agent");
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertError(issueToken(agent.email(), "wrong password " + attempt), 401, "auth.invalid_credentials");
		}
		Response blocked = issueToken(agent.email(), "wrong password 6");
		assertError(blocked, 429, "auth.too_many_attempts");
		assertThat(blocked.header("Retry-After")).hasValue("600");
		assertError(issueToken(agent.email().toUpperCase(), agent.password()), 429, "auth.too_many_attempts");

		assertThat(get("/api/v1/tickets?limit=1", agent.token()).status()).as("issued tokens keep working").isEqualTo(200);
		TestAgent other = newAgent("agent");
		assertThat(issueToken(other.email(), other.password()).status()).as("other emails are not blocked")
			.isEqualTo(201);
	}

	@Test
	void throttlesUnknownEmailsToo() {
		String nobody = uniqueEmail("ghost");
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(issueToken(nobody, "guess " + attempt).status()).isEqualTo(401);
		}
		assertThat(issueToken(nobody, "guess 6").status()).isEqualTo(429);
	}

	@Test
	void successfulLoginClearsFailures() {
		TestAgent agent = newAgent("agent");
		for (int attempt = 1; attempt <= 4; attempt++) {
			issueToken(agent.email(), "wrong " + attempt);
		}
		assertThat(issueToken(agent.email(), agent.password()).status()).isEqualTo(201);
		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(issueToken(agent.email(), "wrong again " + attempt).status()).isEqualTo(401);
		}
		assertThat(issueToken(agent.email(), agent.password()).status()).isEqualTo(201);
	}

	@Test
	void rejectsTokensAndLoginsOfDisabledAgents() {
		TestAgent agent = newAgent("agent");
		assertThat(get("/api/v1/tickets?limit=1", agent.token()).status()).isEqualTo(200);
		assertThat(patch("/api/v1/agents/" + agent.id(), adminToken(), Map.of("enabled", false)).status()).isEqualTo(200);

		assertError(get("/api/v1/tickets?limit=1", agent.token()), 401, "auth.required");
		assertError(issueToken(agent.email(), agent.password()), 401, "auth.invalid_credentials");
	}

	@Test
	void aDemotedAdminsTokenLosesTheAdminRightsWithTheNextRequest() {
		TestAgent admin = newAgent("admin");
		assertThat(get("/actuator/metrics", admin.token()).status()).isEqualTo(200);
		assertThat(patch("/api/v1/agents/" + admin.id(), adminToken(), Map.of("role", "agent")).status()).isEqualTo(200);

		assertThat(get("/actuator/metrics", admin.token()).status()).isEqualTo(403);
		assertThat(get("/api/v1/tickets?limit=1", admin.token()).status()).isEqualTo(200);
	}
}
