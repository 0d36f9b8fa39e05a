package dev.meridian.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import dev.meridian.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DirectoryApiTests extends ApiTestSupport {

	// ---- brands ----

	@Test
	void createsReadsAndChangesBrands() {
		String name = "Lumen Home " + unique();
		Response created = post("/api/v1/brands", adminToken(),
				Map.of("name", "  " + name + " ", "website", "https://lumen.example", "marketplaces",
						List.of("amazon-us", "amazon-de", "amazon-us")));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		JsonNode brand = created.json();
		assertThat(brand.get("id").isString()).isTrue();
		assertThat(brand.get("name").asString()).isEqualTo(name);
		assertThat(brand.get("website").asString()).isEqualTo("https://lumen.example");
		assertThat(brand.get("marketplaces")).extracting(JsonNode::asString).containsExactly("amazon-us", "amazon-de");
		assertThat(brand.get("createdAt").asString()).endsWith("Z");
		String id = brand.get("id").asString();
		assertThat(get("/api/v1/brands/" + id, adminToken()).json()).isEqualTo(brand);

		Response changed = patch("/api/v1/brands/" + id, adminToken(), Map.of("name", name + " Renamed", "website", ""));
		assertThat(changed.status()).as(changed.text()).isEqualTo(200);
		assertThat(changed.json().get("name").asString()).isEqualTo(name + " Renamed");
		assertThat(changed.json().get("website").isNull()).isTrue();
		assertThat(changed.json().get("marketplaces")).hasSize(2);
		assertThat(ids(pageAll("/api/v1/brands", 2))).contains(id);

		assertError(get("/api/v1/brands/" + Long.MAX_VALUE, adminToken()), 404, "brand.not_found");
	}

	@Test
	void refusesDuplicateAndInvalidBrands() {
		String name = "Duplicate " + unique();
		String id = post("/api/v1/brands", adminToken(), Map.of("name", name)).json().get("id").asString();
		assertError(post("/api/v1/brands", adminToken(), Map.of("name", name.toUpperCase())), 409, "brand.name_taken");
		String other = post("/api/v1/brands", adminToken(), Map.of("name", "Other " + unique())).json().get("id").asString();
		assertError(patch("/api/v1/brands/" + other, adminToken(), Map.of("name", name)), 409, "brand.name_taken");
		assertThat(patch("/api/v1/brands/" + id, adminToken(), Map.of("name", name.toLowerCase())).status())
			.as("renaming a brand to itself in other case").isEqualTo(200);

		assertError(post("/api/v1/brands", adminToken(), Map.of("name", "  ")), 422, "brand.invalid_name");
		assertError(post("/api/v1/brands", adminToken(), Map.of("name", "x".repeat(201))), 422, "brand.invalid_name");
		assertError(post("/api/v1/brands", adminToken(), Map.of("name", "W " + unique(), "website", "javascript:alert(1)")),
				422, "brand.invalid_website");
		assertError(post("/api/v1/brands", adminToken(), Map.of("name", "M " + unique(), "marketplaces", List.of("Amazon DE"))),
				422, "brand.invalid_marketplace");
	}

	// ---- teams ----

	@Test
	void createsReadsAndChangesTeams() {
		String name = "Manila " + unique();
		Response created = post("/api/v1/teams", adminToken(), Map.of("name", name, "timeZone", "Asia/Manila"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.json().get("timeZone").asString()).isEqualTo("Asia/Manila");
		assertThat(get("/api/v1/teams/" + id, adminToken()).json()).isEqualTo(created.json());

		Response moved = patch("/api/v1/teams/" + id, adminToken(), Map.of("timeZone", "Europe/Berlin"));
		assertThat(moved.status()).isEqualTo(200);
		assertThat(moved.json().get("timeZone").asString()).isEqualTo("Europe/Berlin");
		assertThat(moved.json().get("name").asString()).isEqualTo(name);
		assertThat(ids(pageAll("/api/v1/teams", 1))).contains(id);

		assertError(post("/api/v1/teams", adminToken(), Map.of("name", name, "timeZone", "UTC")), 409, "team.name_taken");
		assertError(post("/api/v1/teams", adminToken(), Map.of("name", "Mars " + unique(), "timeZone", "Mars/Olympus")),
				422, "time_zone.invalid");
		assertError(patch("/api/v1/teams/" + id, adminToken(), Map.of("timeZone", "not a zone")), 422, "time_zone.invalid");
		assertError(get("/api/v1/teams/" + Long.MAX_VALUE, adminToken()), 404, "team.not_found");
	}

	// ---- agents ----

	@Test
	void createsAgentWithEveryFieldAndNeverShowsThePassword() {
		String team = post("/api/v1/teams", adminToken(), Map.of("name", "Team " + unique(), "timeZone", "Asia/Shanghai"))
			.json().get("id").asString();
		String email = uniqueEmail("Li.Wei");
		String password = "a long password " + unique();
		Map<String, Object> draft = new java.util.LinkedHashMap<>();
		draft.put("name", "Li Wei");
		draft.put("email", email.toUpperCase());
		draft.put("password", password);
		draft.put("role", "lead");
		draft.put("teams", List.of(team));
		draft.put("languages", List.of("zh_CN", "en"));
		draft.put("skills", List.of("refunds", "Amazon"));
		draft.put("tier", 2);
		draft.put("timeZone", "Asia/Shanghai");
		draft.put("locale", "zh-CN");
		draft.put("capacity", 8);
		Response created = post("/api/v1/agents", adminToken(), draft);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		JsonNode agent = created.json();
		assertThat(agent.get("email").asString()).isEqualTo(email.toLowerCase());
		assertThat(agent.get("role").asString()).isEqualTo("lead");
		assertThat(agent.get("teams")).extracting(JsonNode::asString).containsExactly(team);
		assertThat(agent.get("languages")).extracting(JsonNode::asString).containsExactly("en", "zh-CN");
		assertThat(agent.get("skills")).extracting(JsonNode::asString).containsExactly("amazon", "refunds");
		assertThat(agent.get("tier").asInt()).isEqualTo(2);
		assertThat(agent.get("timeZone").asString()).isEqualTo("Asia/Shanghai");
		assertThat(agent.get("locale").asString()).isEqualTo("zh-CN");
		assertThat(agent.get("capacity").asInt()).isEqualTo(8);
		assertThat(agent.get("status").asString()).isEqualTo("offline");
		assertThat(agent.get("enabled").asBoolean()).isTrue();
		String id = agent.get("id").asString();

		JsonNode read = get("/api/v1/agents/" + id, adminToken()).json();
		assertThat(read).isEqualTo(agent);
		List<JsonNode> everyone = pageAll("/api/v1/agents", 100);
		Response changed = patch("/api/v1/agents/" + id, adminToken(), Map.of("password", "another long password"));
		for (JsonNode shown : List.of(agent, read, changed.json(), everyone.get(0))) {
			assertThat(shown.propertyNames()).noneMatch(field -> field.toLowerCase().contains("password"));
		}
		for (String body : List.of(created.text(), changed.text(), get("/api/v1/agents", adminToken()).text())) {
			assertThat(body).doesNotContain(password).doesNotContain("another long password").doesNotContain("$argon2");
		}
		assertThat(issueToken(email, password).status()).isEqualTo(401);
		assertThat(issueToken(email, "another long password").status()).isEqualTo(201);
	}

	@Test
	void refusesInvalidAgents() {
		assertError(createAgent(Map.of("timeZone", "Moon/Base")), 422, "time_zone.invalid");
		assertError(createAgent(Map.of("languages", List.of("not a language"))), 422, "language.invalid");
		assertError(createAgent(Map.of("locale", "!!")), 422, "agent.invalid_locale");
		assertError(createAgent(Map.of("email", "no-at-sign")), 422, "agent.invalid_email");
		assertError(createAgent(Map.of("password", "short")), 422, "agent.weak_password");
		assertError(createAgent(Map.of("tier", 4)), 422, "agent.invalid_tier");
		assertError(createAgent(Map.of("capacity", -1)), 422, "agent.invalid_capacity");
		assertError(createAgent(Map.of("skills", List.of("two words"))), 422, "agent.invalid_skill");
		assertError(createAgent(Map.of("teams", List.of("" + Long.MAX_VALUE))), 422, "agent.unknown_team");
		assertError(createAgent(Map.of("name", " ")), 422, "agent.invalid_name");
	}

	@Test
	void refusesDuplicateAgentEmails() {
		TestAgent first = newAgent("agent");
		TestAgent second = newAgent("agent");
		assertError(createAgent(Map.of("email", first.email().toUpperCase())), 409, "agent.email_taken");
		assertError(patch("/api/v1/agents/" + second.id(), adminToken(), Map.of("email", " " + first.email().toUpperCase())),
				409, "agent.email_taken");
		assertThat(get("/api/v1/agents/" + second.id(), adminToken()).json().get("email").asString())
			.isEqualTo(second.email());
		Response sameEmail = patch("/api/v1/agents/" + second.id(), adminToken(), Map.of("email", second.email()));
		assertThat(sameEmail.status()).as(sameEmail.text()).isEqualTo(200);
	}

	@Test
	void agentChangesOwnStatusLocaleTimeZoneAndPassword() {
		TestAgent agent = newAgent("agent");
		String newPassword = "Changed-" + unique() + "-password";
		Response changed = patch("/api/v1/agents/" + agent.id(), agent.token(),
				Map.of("status", "online", "locale", "de", "timeZone", "Europe/Berlin", "password", newPassword));
		assertThat(changed.status()).as(changed.text()).isEqualTo(200);
		assertThat(changed.json().get("status").asString()).isEqualTo("online");
		assertThat(changed.json().get("locale").asString()).isEqualTo("de");
		assertThat(changed.json().get("timeZone").asString()).isEqualTo("Europe/Berlin");
		assertThat(changed.json().get("role").asString()).isEqualTo("agent");
		assertThat(issueToken(agent.email(), agent.password()).status()).isEqualTo(401);
		assertThat(issueToken(agent.email(), newPassword).status()).isEqualTo(201);

		TestAgent reviewer = newAgent("reviewer");
		assertThat(patch("/api/v1/agents/" + reviewer.id(), reviewer.token(), Map.of("status", "away")).status())
			.isEqualTo(200);
	}

	@Test
	void agentMayNotChangeOwnRoleOrOtherAgents() {
		TestAgent agent = newAgent("agent");
		TestAgent colleague = newAgent("agent");
		for (Map<String, Object> forbidden : List.<Map<String, Object>>of(Map.of("role", "admin"), Map.of("enabled", true),
				Map.of("name", "Boss"), Map.of("email", uniqueEmail("me")), Map.of("capacity", 99), Map.of("tier", 3),
				Map.of("teams", List.of()), Map.of("skills", List.of("x")), Map.of("languages", List.of("en")),
				Map.of("status", "online", "role", "admin"))) {
			assertError(patch("/api/v1/agents/" + agent.id(), agent.token(), forbidden), 403, "agent.self_service_only");
		}
		assertError(patch("/api/v1/agents/" + colleague.id(), agent.token(), Map.of("status", "online")), 403,
				"auth.forbidden");
		assertError(patch("/api/v1/agents/" + colleague.id(), agent.token(), Map.of("password", "taken over password")),
				403, "auth.forbidden");
		TestAgent lead = newAgent("lead");
		assertError(patch("/api/v1/agents/" + agent.id(), lead.token(), Map.of("role", "lead")), 403, "auth.forbidden");

		JsonNode unchanged = get("/api/v1/agents/" + agent.id(), adminToken()).json();
		assertThat(unchanged.get("role").asString()).isEqualTo("agent");
		assertThat(unchanged.get("status").asString()).isEqualTo("offline");
		assertThat(issueToken(colleague.email(), colleague.password()).status()).isEqualTo(201);

		Response promoted = patch("/api/v1/agents/" + agent.id(), adminToken(), Map.of("role", "lead"));
		assertThat(promoted.json().get("role").asString()).isEqualTo("lead");
	}

	@Test
	void disabledAgentGoesOfflineAndCannotComeOnline() {
		TestAgent agent = newAgent("agent");
		patch("/api/v1/agents/" + agent.id(), agent.token(), Map.of("status", "online"));
		Response disabled = patch("/api/v1/agents/" + agent.id(), adminToken(), Map.of("enabled", false));
		assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
		assertThat(disabled.json().get("status").asString()).isEqualTo("offline");
		assertError(patch("/api/v1/agents/" + agent.id(), adminToken(), Map.of("status", "online")), 422, "agent.disabled");
	}

	// ---- helpers ----

	private Response createAgent(Map<String, Object> overrides) {
		Map<String, Object> draft = new java.util.HashMap<>(Map.of("name", "New " + unique(), "email", uniqueEmail("new"),
				"role", "agent", "password", "long enough password"));
		draft.putAll(overrides);
		return post("/api/v1/agents", adminToken(), draft);
	}

	private List<JsonNode> pageAll(String path, int limit) {
		List<JsonNode> all = new ArrayList<>();
		String cursor = null;
		do {
			Response page = get(path + "?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor), adminToken());
			assertThat(page.status()).as(page.text()).isEqualTo(200);
			page.json().get("items").forEach(all::add);
			JsonNode next = page.json().get("nextCursor");
			cursor = next.isNull() ? null : next.asString();
		}
		while (cursor != null && all.size() < 100_000);
		assertThat(ids(all)).doesNotHaveDuplicates();
		return all;
	}

	private static List<String> ids(List<JsonNode> items) {
		return StreamSupport.stream(items.spliterator(), false).map(item -> item.get("id").asString()).toList();
	}

	static void assertError(Response response, int status, String code) {
		assertThat(response.status()).as("%s", response).isEqualTo(status);
		assertThat(response.errorCode()).as("%s", response).isEqualTo(code);
	}
}
