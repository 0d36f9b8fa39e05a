package dev.meridian.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.meridian.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Passwords and tokens never reach the log, whatever happens to the request that carries them. */
@ExtendWith(OutputCaptureExtension.class)
class SecretsStayOutOfLogsApiTests extends ApiTestSupport {

	@Test
	void logsNeitherPasswordsNorTokens(CapturedOutput output) {
		String email = uniqueEmail("secretive");
		String password = "Pw-" + unique() + "-must-not-be-logged";
		Response created = post("/api/v1/agents", adminToken(),
				Map.of("name", "Secretive", "email", email, "password", password, "role", "agent"));
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();

		String token = tokenFor(email, password);
		String wrongPassword = "Wrong-" + unique() + "-must-not-be-logged";
		for (int attempt = 0; attempt < 7; attempt++) {
			issueToken(email, wrongPassword);
		}
		String forgedToken = "mrd_" + unique() + "forged-token-must-not-be-logged";
		assertThat(get("/api/v1/tickets", forgedToken).status()).isEqualTo(401);
		assertThat(get("/api/v1/tickets?limit=1", token).status()).isEqualTo(200);

		String newPassword = "Pw2-" + unique() + "-must-not-be-logged";
		assertThat(patch("/api/v1/agents/" + id, token, Map.of("password", newPassword)).status()).isEqualTo(200);
		assertThat(patch("/api/v1/agents/" + id, token, Map.of("password", "short")).status()).isEqualTo(422);
		assertThat(post("/api/v1/agents", adminToken(),
				Map.of("name", "Dup", "email", email, "password", password + "-dup", "role", "agent")).status())
			.isEqualTo(409);
		assertThat(post("/api/v1/agents", adminToken(), "{\"name\": \"x\", \"password\": \"" + password + "\", ")
			.status()).isEqualTo(400);

		String marker = "capture-check-" + unique();
		LoggerFactory.getLogger(SecretsStayOutOfLogsApiTests.class).warn(marker);
		assertThat(output.getAll()).as("the application log is captured").contains(marker);
		assertThat(output.getAll()).doesNotContain(password)
			.doesNotContain(wrongPassword)
			.doesNotContain(newPassword)
			.doesNotContain(token)
			.doesNotContain(token.substring(4))
			.doesNotContain(forgedToken)
			.doesNotContain(adminToken())
			.doesNotContain(adminPassword);
	}
}
