package dev.meridian.customer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.meridian.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CustomerApiTests extends ApiTestSupport {

	@Test
	void createsReadsAndChangesCustomers() {
		String email = uniqueEmail("Yuki");
		String buyer = "amazon-jp:" + unique().toUpperCase();
		Response created = post("/api/v1/customers", adminToken(), Map.of("name", "Yuki Sato", "email", email, "language",
				"ja", "timeZone", "Asia/Tokyo", "country", "jp", "identities",
				List.of(Map.of("kind", "marketplace_buyer", "value", buyer))));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		JsonNode customer = created.json();
		assertThat(customer.get("id").isString()).isTrue();
		assertThat(customer.get("name").asString()).isEqualTo("Yuki Sato");
		assertThat(customer.get("email").asString()).isEqualTo(email.toLowerCase());
		assertThat(customer.get("language").asString()).isEqualTo("ja");
		assertThat(customer.get("timeZone").asString()).isEqualTo("Asia/Tokyo");
		assertThat(customer.get("country").asString()).isEqualTo("JP");
		assertThat(customer.get("identities")).extracting(i -> i.get("kind").asString() + " " + i.get("value").asString())
			.containsExactly("email " + email.toLowerCase(), "marketplace_buyer " + buyer);
		String id = customer.get("id").asString();
		assertThat(get("/api/v1/customers/" + id, adminToken()).json()).isEqualTo(customer);

		String second = uniqueEmail("yuki.work");
		Response changed = patch("/api/v1/customers/" + id, adminToken(),
				Map.of("name", "Sato Yuki", "email", second, "language", "ja-JP"));
		assertThat(changed.status()).as(changed.text()).isEqualTo(200);
		assertThat(changed.json().get("name").asString()).isEqualTo("Sato Yuki");
		assertThat(changed.json().get("email").asString()).isEqualTo(second);
		assertThat(changed.json().get("language").asString()).isEqualTo("ja-JP");
		assertThat(changed.json().get("timeZone").asString()).isEqualTo("Asia/Tokyo");
		assertThat(changed.json().get("identities")).hasSize(3);
		assertThat(get("/api/v1/customers/" + id, adminToken()).json()).isEqualTo(changed.json());

		assertError(get("/api/v1/customers/" + Long.MAX_VALUE, adminToken()), 404, "customer.not_found");
	}

	@Test
	void namesCustomerAfterEmailWhenNameIsMissing() {
		String email = uniqueEmail("anna");
		Response created = post("/api/v1/customers", adminToken(), Map.of("email", email));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("name").asString()).isEqualTo(email.substring(0, email.indexOf('@')));
	}

	@Test
	void searchesAndPagesNewestFirst() {
		String word = "Searchable" + unique();
		List<String> created = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			created.add(post("/api/v1/customers", adminToken(), Map.of("name", word + " " + i, "email", uniqueEmail("s")))
				.json().get("id").asString());
		}
		List<String> seen = new ArrayList<>();
		String cursor = null;
		do {
			Response page = get("/api/v1/customers?q=" + word.toLowerCase() + "&limit=2"
					+ (cursor == null ? "" : "&cursor=" + cursor), adminToken());
			assertThat(page.status()).isEqualTo(200);
			page.json().get("items").forEach(item -> seen.add(item.get("id").asString()));
			cursor = page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asString();
		}
		while (cursor != null);
		List<String> newestFirst = new ArrayList<>(created);
		java.util.Collections.reverse(newestFirst);
		assertThat(seen).isEqualTo(newestFirst);

		String email = get("/api/v1/customers/" + created.get(0), adminToken()).json().get("email").asString();
		assertThat(get("/api/v1/customers?q=" + email.toUpperCase(), adminToken()).json().get("items")).hasSize(1);
	}

	@Test
	void searchTakesWildcardsLiterally() {
		String word = unique();
		String literal = post("/api/v1/customers", adminToken(), Map.of("name", word + "_x%y", "email", uniqueEmail("w")))
			.json().get("id").asString();
		post("/api/v1/customers", adminToken(), Map.of("name", word + "AxBy", "email", uniqueEmail("w")));
		assertThat(get("/api/v1/customers?q=" + word + "_x%25", adminToken()).json().get("items"))
			.extracting(item -> item.get("id").asString()).containsExactly(literal);
		assertThat(get("/api/v1/customers?q=" + word + "_", adminToken()).json().get("items")).hasSize(1);
	}

	@Test
	void refusesDuplicateIdentities() {
		String email = uniqueEmail("dup");
		String buyer = "ebay:" + unique();
		String first = post("/api/v1/customers", adminToken(),
				Map.of("email", email, "identities", List.of(Map.of("kind", "marketplace_buyer", "value", buyer))))
			.json().get("id").asString();
		assertError(post("/api/v1/customers", adminToken(), Map.of("email", email.toUpperCase())), 409,
				"customer.identity_taken");
		assertError(post("/api/v1/customers", adminToken(),
				Map.of("identities", List.of(Map.of("kind", "marketplace_buyer", "value", buyer)))), 409,
				"customer.identity_taken");
		String second = post("/api/v1/customers", adminToken(), Map.of("email", uniqueEmail("other"))).json().get("id")
			.asString();
		assertError(patch("/api/v1/customers/" + second, adminToken(), Map.of("email", email)), 409,
				"customer.identity_taken");
		assertThat(patch("/api/v1/customers/" + first, adminToken(), Map.of("email", email)).status())
			.as("a customer's own email is no conflict").isEqualTo(200);
	}

	@Test
	void refusesInvalidProfiles() {
		assertError(post("/api/v1/customers", adminToken(), Map.of("email", "not-an-email")), 422, "customer.invalid_email");
		assertError(post("/api/v1/customers", adminToken(), Map.of("email", uniqueEmail("tz"), "timeZone", "Nowhere/Land")),
				422, "time_zone.invalid");
		assertError(post("/api/v1/customers", adminToken(), Map.of("email", uniqueEmail("lang"), "language", "not a tag")),
				422, "language.invalid");
		assertError(post("/api/v1/customers", adminToken(), Map.of("email", uniqueEmail("c"), "country", "Germany")), 422,
				"customer.invalid_country");
		assertError(post("/api/v1/customers", adminToken(), Map.of("email", uniqueEmail("n"), "name", "n".repeat(201))), 422,
				"customer.invalid_name");
		assertError(post("/api/v1/customers", adminToken(),
				Map.of("identities", List.of(Map.of("kind", "chat_visitor", "value", " ")))), 422, "customer.invalid_identity");
		String id = post("/api/v1/customers", adminToken(), Map.of("email", uniqueEmail("p"))).json().get("id").asString();
		assertError(patch("/api/v1/customers/" + id, adminToken(), Map.of("timeZone", "Nowhere/Land")), 422,
				"time_zone.invalid");
		assertError(patch("/api/v1/customers/" + id, adminToken(), Map.of("email", "broken@")), 422,
				"customer.invalid_email");
	}

	@Test
	void ticketApiCreatesTheCustomerOnFirstContact() {
		String email = uniqueEmail("first.contact");
		JsonNode ticket = openTicket(ticketRequest(brand(), "Hello", email, "First message"));
		JsonNode customer = get("/api/v1/customers/" + ticket.get("customer").get("id").asString(), adminToken()).json();
		assertThat(customer.get("email").asString()).isEqualTo(email);
		assertThat(get("/api/v1/tickets?customer=" + customer.get("id").asString(), adminToken()).json().get("items"))
			.hasSize(1);
	}

	private static void assertError(Response response, int status, String code) {
		assertThat(response.status()).as("%s", response).isEqualTo(status);
		assertThat(response.errorCode()).as("%s", response).isEqualTo(code);
	}
}
