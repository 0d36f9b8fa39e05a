package dev.meridian.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.meridian.ApiTestSupport;
import dev.meridian.customer.CustomerDraft;
import dev.meridian.customer.CustomerId;
import dev.meridian.customer.Customers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ArticleApiTests extends ApiTestSupport {

	@Autowired
	Customers customers;

	@Test
	void createsAnArticleAndCountsTheRevisionsOfEachTranslation() {
		String word = "parcel" + unique();
		JsonNode article = create(Map.of("brand", brand(), "category", "Shipping", "visibility", "public",
				"status", "published", "translations", Map.of("en", text("Shipping times", "<p>Your " + word
						+ " leaves in 2 days.</p><script>alert(1)</script>"))));
		String id = article.get("id").asString();
		assertThat(article.get("visibility").asString()).isEqualTo("public");
		assertThat(article.get("translations").get("en").get("revision").asInt()).isEqualTo(1);
		assertThat(article.get("translations").get("en").get("body").asString()).contains(word).doesNotContain("script");

		var german = put("/api/v1/articles/" + id + "/translations/de", adminToken(),
				text("Lieferzeiten", "<p>Ihr Paket ist in 2 Tagen unterwegs.</p>"));
		assertThat(german.status()).as(german.text()).isEqualTo(200);
		var edited = put("/api/v1/articles/" + id + "/translations/en", adminToken(),
				text("Shipping times", "<p>Your " + word + " leaves within 2 working days.</p>"));
		assertThat(edited.json().get("translations").get("en").get("revision").asInt()).isEqualTo(2);
		assertThat(edited.json().get("translations").get("de").get("revision").asInt()).isEqualTo(1);

		var archived = patch("/api/v1/articles/" + id, adminToken(), Map.of("status", "archived"));
		assertThat(archived.json().get("status").asString()).isEqualTo("archived");
		assertThat(archived.json().get("category").asString()).isEqualTo("Shipping");

		var withoutGerman = send(HttpRequest.newBuilder(uri("/api/v1/articles/" + id + "/translations/de"))
			.header("Authorization", "Bearer " + adminToken()).DELETE());
		assertThat(withoutGerman.json().get("translations").has("de")).isFalse();
		assertThat(ids(get("/api/v1/articles?q=" + word.toUpperCase(), adminToken()).json())).containsExactly(id);
		assertThat(deleteArticle(id)).isEqualTo(204);
		assertThat(get("/api/v1/articles/" + id, adminToken()).status()).isEqualTo(404);
	}

	@Test
	void suggestsArticlesInTheCustomersLanguageAndSaysWhenItFallsBack() {
		String brand = newBrand();
		JsonNode customs = create(Map.of("brand", brand, "category", "Customs", "visibility", "public",
				"status", "published", "translations", Map.of("en", text("Customs duties", "<p>Duties are paid on delivery.</p>"),
						"de", text("Zollgebühren", "<p>Zoll wird bei Lieferung bezahlt.</p>"))));
		JsonNode returns = create(Map.of("brand", brand, "category", "Returns", "visibility", "internal",
				"status", "published", "translations", Map.of("en", text("Returns", "<p>30 days.</p>"),
						"ja", text("返品について", "<p>30日以内です。</p>"))));
		create(Map.of("brand", brand, "status", "draft", "translations", Map.of("ja", text("下書き", "<p>未公開</p>"))));
		JsonNode ticket = openTicket(ticketRequest(brand, "関税について", uniqueEmail("kenji"), "関税はかかりますか？"));
		speaks(ticket, "ja");

		var suggestions = get("/api/v1/tickets/" + ticket.get("id").asString() + "/article-suggestions",
				newAgent("agent").token());

		assertThat(suggestions.status()).as(suggestions.text()).isEqualTo(200);
		JsonNode items = suggestions.json().get("items");
		assertThat(items.size()).isEqualTo(2);
		JsonNode first = items.get(0);
		assertThat(first.get("id").asString()).isEqualTo(returns.get("id").asString());
		assertThat(first.get("language").asString()).isEqualTo("ja");
		assertThat(first.get("fallback").asBoolean()).isFalse();
		JsonNode second = items.get(1);
		assertThat(second.get("id").asString()).isEqualTo(customs.get("id").asString());
		assertThat(second.get("language").asString()).isEqualTo("en");
		assertThat(second.get("fallback").asBoolean()).isTrue();
		assertThat(second.get("title").asString()).isEqualTo("Customs duties");

		speaks(ticket, "de-AT");
		var inGerman = get("/api/v1/tickets/" + ticket.get("id").asString() + "/article-suggestions?q=zoll", adminToken());
		assertThat(inGerman.json().get("items").size()).isEqualTo(1);
		assertThat(inGerman.json().get("items").get(0).get("language").asString()).isEqualTo("de");
		assertThat(inGerman.json().get("items").get(0).get("fallback").asBoolean()).isFalse();
	}

	@Test
	void agentsReadArticlesButOnlyKnowledgeWritersChangeThem() {
		JsonNode article = create(Map.of("brand", brand(), "translations", Map.of("en", text("SOP", "<p>Steps</p>"))));
		String id = article.get("id").asString();
		String agent = newAgent("agent").token();

		assertThat(get("/api/v1/articles/" + id, agent).status()).isEqualTo(200);
		var refused = post("/api/v1/articles", agent, Map.of("brand", brand(), "translations",
				Map.of("en", text("Mine", "<p>x</p>"))));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.errorCode()).isEqualTo("auth.forbidden");
		assertThat(patch("/api/v1/articles/" + id, agent, Map.of("status", "published")).status()).isEqualTo(403);
		assertThat(put("/api/v1/articles/" + id + "/translations/de", agent, text("Titel", "x")).status()).isEqualTo(403);
		assertThat(send(HttpRequest.newBuilder(uri("/api/v1/articles/" + id)).header("Authorization", "Bearer " + agent)
			.DELETE()).status()).isEqualTo(403);
		assertThat(get("/api/v1/articles/" + id, null).status()).isEqualTo(401);
	}

	@Test
	void refusesABadLanguageTagAMissingTitleAndAnUnknownBrandWithStableCodes() {
		JsonNode article = create(Map.of("brand", brand(), "translations", Map.of("en", text("Valid", "<p>ok</p>"))));
		String id = article.get("id").asString();

		var badTag = put("/api/v1/articles/" + id + "/translations/klingon-xx", adminToken(), text("Qapla", "x"));
		assertThat(badTag.status()).isEqualTo(422);
		assertThat(badTag.errorCode()).isEqualTo("language.invalid");
		assertThat(post("/api/v1/articles", adminToken(), Map.of("brand", brand(), "translations",
				Map.of("xx-QQ", text("Bad", "x")))).errorCode()).isEqualTo("language.invalid");
		assertThat(put("/api/v1/articles/" + id + "/translations/fr", adminToken(), text(" ", "x")).errorCode())
			.isEqualTo("article.title_required");
		assertThat(post("/api/v1/articles", adminToken(), Map.of("brand", "999999")).errorCode())
			.isEqualTo("article.unknown_brand");
		assertThat(post("/api/v1/articles", adminToken(), Map.of("brand", brand(), "status", "live")).errorCode())
			.isEqualTo("article.invalid_status");
		assertThat(get("/api/v1/articles?language=nope-nope", adminToken()).errorCode()).isEqualTo("language.invalid");
	}

	@Test
	void pagesThroughTheArticlesWithACursor() {
		String brand = newBrand();
		List<String> created = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			created.add(0, create(Map.of("brand", brand, "visibility", "public", "translations",
					Map.of("en", text("Page " + i, "<p>x</p>")))).get("id").asString());
		}
		create(Map.of("brand", brand, "visibility", "internal", "translations", Map.of("en", text("Internal", "<p>x</p>"))));

		List<String> seen = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			JsonNode page = get("/api/v1/articles?brand=" + brand + "&visibility=public&limit=2"
					+ (cursor == null ? "" : "&cursor=" + cursor), adminToken()).json();
			seen.addAll(ids(page));
			cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
			pages++;
		}
		while (cursor != null && pages < 10);

		assertThat(seen).containsExactlyElementsOf(created);
		assertThat(pages).isEqualTo(3);
		assertThat(get("/api/v1/articles?limit=500", adminToken()).errorCode()).isEqualTo("page.invalid_limit");
		assertThat(get("/api/v1/articles?cursor=%25%25", adminToken()).errorCode()).isEqualTo("page.invalid_cursor");
	}

	private JsonNode create(Map<String, Object> body) {
		var created = post("/api/v1/articles", adminToken(), body);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json();
	}

	private Response put(String path, String token, Object body) {
		return sendJson("PUT", path, token, body, Map.of());
	}

	private int deleteArticle(String id) {
		return send(HttpRequest.newBuilder(uri("/api/v1/articles/" + id)).header("Authorization", "Bearer " + adminToken())
			.DELETE()).status();
	}

	private static Map<String, String> text(String title, String body) {
		return Map.of("title", title, "body", body);
	}

	private void speaks(JsonNode ticket, String language) {
		CustomerId id = CustomerId.parse(ticket.get("customer").get("id").asString());
		var customer = customers.get(id);
		customers.update(id, new CustomerDraft(customer.name(), customer.email(), language, null, null, null));
	}

	private static List<String> ids(JsonNode page) {
		return page.get("items").valueStream().map(m -> m.get("id").asString()).toList();
	}
}
