package dev.meridian.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.ApiTestSupport;
import org.junit.jupiter.api.Test;

/** Health is public for load balancers, metrics only for admins, and the API document is public. */
class OperationsEndpointsApiTests extends ApiTestSupport {

	@Test
	void healthIsPublic() {
		Response health = get("/actuator/health", null);
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
		assertThat(get("/actuator/health/liveness", null).status()).isEqualTo(200);
		assertThat(get("/actuator/health/readiness", null).status()).isEqualTo(200);
	}

	@Test
	void prometheusIsForAdminsOnly() {
		Response anonymous = get("/actuator/prometheus", null);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.errorCode()).isEqualTo("auth.required");

		TestAgent agent = newAgent("agent");
		Response forbidden = get("/actuator/prometheus", agent.token());
		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(forbidden.errorCode()).isEqualTo("auth.forbidden");
		assertThat(get("/actuator/prometheus", newAgent("lead").token()).status()).isEqualTo(403);

		Response scrape = get("/actuator/prometheus", adminToken());
		assertThat(scrape.status()).isEqualTo(200);
		assertThat(scrape.text()).contains("jvm_memory_used_bytes").contains("http_server_requests");
	}

	@Test
	void otherActuatorEndpointsNeedAnAdmin() {
		assertThat(get("/actuator/metrics", null).status()).isEqualTo(401);
		assertThat(get("/actuator/metrics", newAgent("agent").token()).status()).isEqualTo(403);
		assertThat(get("/actuator/metrics", adminToken()).status()).isEqualTo(200);
		assertThat(get("/actuator/env", adminToken()).status()).as("not exposed").isEqualTo(404);
	}

	@Test
	void openApiDocumentIsPublicAndListsTheApi() {
		Response docs = get("/v3/api-docs", null);
		assertThat(docs.status()).isEqualTo(200);
		var paths = docs.json().get("paths");
		assertThat(paths.has("/api/v1/tickets")).isTrue();
		assertThat(paths.has("/api/v1/tickets/{id}")).isTrue();
		assertThat(paths.has("/api/v1/tickets/{id}/messages")).isTrue();
		assertThat(paths.has("/api/v1/auth/tokens")).isTrue();
		assertThat(paths.has("/api/v1/brands")).isTrue();
		assertThat(paths.has("/api/v1/customers")).isTrue();
		assertThat(paths.get("/api/v1/tickets").has("post")).isTrue();
	}
}
