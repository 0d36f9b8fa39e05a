package dev.meridian.automation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import dev.meridian.ApiTestSupport;
import dev.meridian.compliance.AuditLog;
import dev.meridian.customer.CustomerDraft;
import dev.meridian.customer.CustomerId;
import dev.meridian.customer.Customers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class MacroApiTests extends ApiTestSupport {

	@Autowired
	Customers customers;

	@Autowired
	AuditLog auditLog;

	@Test
	void appliesASharedMacroInTheCustomersLanguageWithItsFieldChanges() {
		JsonNode macro = createMacro(adminToken(), Map.of("name", "Shipped " + unique(), "shared", true,
				"variants", Map.of("en", "Hi {{customer.first_name}}, order {{ticket.order_id}} shipped. {{agent.name}}",
						"de", "Hallo {{customer.first_name}}, Bestellung {{ticket.order_id}} ist unterwegs. {{agent.name}}"),
				"changes", Map.of("status", "pending", "priority", "high", "addTags", List.of("shipping"))));
		assertThat(macro.get("shared").asBoolean()).isTrue();
		JsonNode ticket = openTicket(Map.of("subject", "Wo ist meine Bestellung?", "brand", brand(), "channel", "email",
				"customer", Map.of("email", uniqueEmail("jonas"), "name", "Jonas Weber"), "message",
				Map.of("body", "Hallo, wo bleibt meine Bestellung?"), "tags", List.of("order:303-77")));
		speaks(ticket, "de-AT");
		TestAgent agent = newAgent("agent");

		var applied = post("/api/v1/macros/" + macro.get("id").asString() + "/apply", agent.token(),
				Map.of("ticket", ticket.get("id").asString()));

		assertThat(applied.status()).as(applied.text()).isEqualTo(200);
		assertThat(applied.json().get("language").asString()).isEqualTo("de");
		assertThat(applied.json().get("body").asString()).startsWith("Hallo Jonas, Bestellung 303-77 ist unterwegs. Test agent");
		assertThat(applied.json().get("changed").asBoolean()).isTrue();
		JsonNode after = get("/api/v1/tickets/" + ticket.get("id").asString(), adminToken()).json();
		assertThat(after.get("status").asString()).isEqualTo("pending");
		assertThat(after.get("priority").asString()).isEqualTo("high");
		assertThat(after.get("tags").toString()).contains("shipping", "order:303-77");
		assertThat(get("/api/v1/macros/" + macro.get("id").asString(), agent.token()).json().get("usageCount").asLong())
			.isEqualTo(1);
		assertThat(auditLog.of("ticket", ticket.get("id").asString()))
			.anySatisfy(e -> {
				assertThat(e.actor()).isEqualTo(agent.email());
				assertThat(e.changes()).containsEntry("priority", "high");
			});
	}

	@Test
	void traditionalChineseCustomerGetsTheSimplifiedTextWhenThereIsNoTraditionalOne() {
		JsonNode macro = createMacro(adminToken(), Map.of("name", "Zh " + unique(), "shared", true,
				"variants", Map.of("en", "Hello {{customer.name}}", "zh-CN", "{{customer.name}}，您好")));
		JsonNode ticket = openTicket(ticketRequest(brand(), "訂單", uniqueEmail("chen"), "您好"));
		speaks(ticket, "zh-TW");

		var applied = post("/api/v1/macros/" + macro.get("id").asString() + "/apply", adminToken(),
				Map.of("ticket", ticket.get("id").asString()));

		assertThat(applied.json().get("language").asString()).isEqualTo("zh-CN");
		assertThat(applied.json().get("body").asString()).endsWith("，您好");
		assertThat(applied.json().get("changed").asBoolean()).isFalse();
	}

	@Test
	void aPersonalMacroIsPrivateToItsOwner() {
		TestAgent owner = newAgent("agent");
		TestAgent other = newAgent("agent");
		JsonNode mine = createMacro(owner.token(), Map.of("name", "Mine " + unique(), "variants",
				Map.of("en", "Cheers, {{agent.first_name}}")));
		String id = mine.get("id").asString();
		assertThat(mine.get("shared").asBoolean()).isFalse();
		assertThat(mine.get("owner").asString()).isEqualTo(owner.id());

		assertThat(get("/api/v1/macros/" + id, other.token()).status()).isEqualTo(404);
		assertThat(get("/api/v1/macros/" + id, adminToken()).status()).isEqualTo(404);
		assertThat(ids(get("/api/v1/macros", other.token()).json())).doesNotContain(id);
		assertThat(ids(get("/api/v1/macros", owner.token()).json())).contains(id);
		JsonNode ticket = openTicket("Private macro");
		assertThat(post("/api/v1/macros/" + id + "/apply", other.token(), Map.of("ticket", ticket.get("id").asString()))
			.status()).isEqualTo(404);
		assertThat(sendJson("PUT", "/api/v1/macros/" + id, other.token(), Map.of("name", "Taken", "variants",
				Map.of("en", "x")), Map.of()).status()).isEqualTo(404);
		assertThat(delete("/api/v1/macros/" + id, other.token())).isEqualTo(404);
		assertThat(delete("/api/v1/macros/" + id, owner.token())).isEqualTo(204);
	}

	@Test
	void onlyAutomationManagersShareMacros() {
		TestAgent agent = newAgent("agent");
		var refused = post("/api/v1/macros", agent.token(), Map.of("name", "Shared " + unique(), "shared", true,
				"variants", Map.of("en", "Hello")));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.errorCode()).isEqualTo("automation.macro_share_forbidden");

		JsonNode shared = createMacro(adminToken(), Map.of("name", "Team " + unique(), "shared", true,
				"variants", Map.of("en", "Hello")));
		assertThat(ids(get("/api/v1/macros", agent.token()).json())).contains(shared.get("id").asString());
		var edit = sendJson("PUT", "/api/v1/macros/" + shared.get("id").asString(), agent.token(),
				Map.of("name", "Mine now", "variants", Map.of("en", "Hello")), Map.of());
		assertThat(edit.status()).isEqualTo(403);
		assertThat(delete("/api/v1/macros/" + shared.get("id").asString(), agent.token())).isEqualTo(403);
	}

	@Test
	void refusesAnUnknownPlaceholderWithAStableCode() {
		var refused = post("/api/v1/macros", adminToken(), Map.of("name", "Typo " + unique(),
				"variants", Map.of("en", "Hi {{customer.frist_name}}")));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errorCode()).isEqualTo("automation.unknown_placeholder");
		assertThat(refused.json().get("details").get(0).asString()).isEqualTo("customer.frist_name");
	}

	@Test
	void refusesAMacroWithNeitherTextNorChangesAndABadLanguage() {
		assertThat(post("/api/v1/macros", adminToken(), Map.of("name", "Empty " + unique())).errorCode())
			.isEqualTo("automation.macro_empty");
		assertThat(post("/api/v1/macros", adminToken(), Map.of("name", "Bad " + unique(),
				"variants", Map.of("klingon-xx", "Qapla"))).errorCode()).isEqualTo("language.invalid");
	}

	private JsonNode createMacro(String token, Map<String, Object> body) {
		var created = post("/api/v1/macros", token, body);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json();
	}

	private void speaks(JsonNode ticket, String language) {
		CustomerId id = CustomerId.parse(ticket.get("customer").get("id").asString());
		var customer = customers.get(id);
		customers.update(id, new CustomerDraft(customer.name(), customer.email(), language, null, null, null));
	}

	private int delete(String path, String token) {
		return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).DELETE()).status();
	}

	private static List<String> ids(JsonNode page) {
		return page.get("items").valueStream().map(m -> m.get("id").asString()).toList();
	}
}
