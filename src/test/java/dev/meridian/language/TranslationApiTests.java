package dev.meridian.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.ApiTestSupport;
import dev.meridian.compliance.AuditLog;
import dev.meridian.language.internal.DeepLStandIn;
import dev.meridian.language.internal.ProviderStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Machine translation over real HTTP, against a DeepL stand-in: the admin's provider settings (the key never comes
 * back), who may do what, the cache, the meter, and the answer when the provider fails or none is configured.
 */
@ExtendWith(OutputCaptureExtension.class)
class TranslationApiTests extends ApiTestSupport {

	private final DeepLStandIn deepl = new DeepLStandIn();

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void switchTranslationOff() {
		deepl.close();
		assertThat(put("/api/v1/translation/provider", adminToken(), Map.of("kind", "none")).status()).isEqualTo(200);
	}

	private JsonNode useDeepL() {
		Response configured = put("/api/v1/translation/provider", adminToken(),
				Map.of("kind", "deepl", "baseUrl", deepl.baseUrl(), "apiKey", ProviderStandIn.VALID_KEY));
		assertThat(configured.status()).as(configured.text()).isEqualTo(200);
		return configured.json();
	}

	private Response put(String path, String token, Object body) {
		return sendJson("PUT", path, token, body, Map.of());
	}

	private Response translate(String token, String text, String target) {
		return post("/api/v1/translations", token, Map.of("text", text, "target", target));
	}

	@Test
	void anAdminConfiguresTheProviderAndTheKeyNeverComesBack(CapturedOutput output) {
		JsonNode configured = useDeepL();

		assertThat(configured.get("kind").asString()).isEqualTo("deepl");
		assertThat(configured.get("apiKeySet").asBoolean()).isTrue();
		assertThat(configured.get("effectiveBaseUrl").asString()).isEqualTo(deepl.baseUrl());
		assertThat(configured.get("timeoutSeconds").asInt()).isEqualTo(10);
		assertThat(configured.toString()).doesNotContain(ProviderStandIn.VALID_KEY).doesNotContain("apiKey\"");

		Response read = get("/api/v1/translation/provider", adminToken());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.text()).doesNotContain(ProviderStandIn.VALID_KEY);
		assertThat(read.json().get("apiKeySet").asBoolean()).isTrue();

		Response sameKindWithoutKey = put("/api/v1/translation/provider", adminToken(),
				Map.of("kind", "deepl", "baseUrl", deepl.baseUrl(), "timeoutSeconds", 5));
		assertThat(sameKindWithoutKey.json().get("apiKeySet").asBoolean()).as("a left-out key is kept").isTrue();
		assertThat(sameKindWithoutKey.json().get("timeoutSeconds").asInt()).isEqualTo(5);

		String stored = jdbc.sql("select api_key_secret from translation_provider where id = 1").query(String.class)
			.single();
		assertThat(stored).startsWith("v1:").doesNotContain(ProviderStandIn.VALID_KEY);
		assertThat(audit.of("translation_provider", "1")).isNotEmpty()
			.allSatisfy(entry -> assertThat(entry.toString()).doesNotContain(ProviderStandIn.VALID_KEY));
		assertThat(translate(adminToken(), "Wo ist meine Bestellung? " + unique(), "en").json().get("available")
			.asBoolean()).isTrue();
		assertThat(deepl.last().header("Authorization")).isEqualTo("DeepL-Auth-Key " + ProviderStandIn.VALID_KEY);
		assertThat(output.getAll()).doesNotContain(ProviderStandIn.VALID_KEY);
	}

	@Test
	void aKeyIsDroppedWhenTheProviderKindChangesAndAProviderThatNeedsOneRefusesToGoWithout() {
		useDeepL();

		Response libre = put("/api/v1/translation/provider", adminToken(),
				Map.of("kind", "libretranslate", "baseUrl", deepl.baseUrl()));
		assertThat(libre.status()).isEqualTo(200);
		assertThat(libre.json().get("apiKeySet").asBoolean()).isFalse();

		Response google = put("/api/v1/translation/provider", adminToken(), Map.of("kind", "google"));
		assertThat(google.status()).isEqualTo(422);
		assertThat(google.errorCode()).isEqualTo("translation.api_key_required");

		Map<String, Object> removeKey = new HashMap<>(Map.of("kind", "libretranslate"));
		removeKey.put("apiKey", null);
		assertThat(put("/api/v1/translation/provider", adminToken(), removeKey).json().get("apiKeySet").asBoolean())
			.isFalse();
	}

	@Test
	void onlyAdminsConfigureTheProviderAndReadUsageWhileEveryRoleThatReadsTicketsMayTranslate() {
		useDeepL();
		TestAgent agent = newAgent("agent");
		TestAgent lead = newAgent("lead");
		TestAgent reviewer = newAgent("reviewer");

		for (TestAgent notAdmin : List.of(agent, lead, reviewer)) {
			assertThat(get("/api/v1/translation/provider", notAdmin.token()).status()).isEqualTo(403);
			assertThat(put("/api/v1/translation/provider", notAdmin.token(), Map.of("kind", "none")).status())
				.isEqualTo(403);
			assertThat(post("/api/v1/translation/provider/test", notAdmin.token(), Map.of()).status()).isEqualTo(403);
			assertThat(get("/api/v1/translation/usage", notAdmin.token()).status()).isEqualTo(403);
			Response translated = translate(notAdmin.token(), "Wo ist meine Bestellung? " + unique(), "en");
			assertThat(translated.status()).isEqualTo(200);
			assertThat(translated.json().get("available").asBoolean()).isTrue();
		}
		assertThat(get("/api/v1/translation/provider", null).status()).isEqualTo(401);
		assertThat(translate(null, "Hallo", "en").status()).isEqualTo(401);
		assertThat(get("/api/v1/translation/provider", adminToken()).json().get("kind").asString()).isEqualTo("deepl");
	}

	@Test
	void theSameTextIntoTheSameLanguageIsTranslatedOnceAndThenServedFromTheCache() {
		useDeepL();
		String text = "Wo ist meine Bestellung " + unique() + "? Ich warte seit zwei Wochen.";

		Response first = translate(adminToken(), text, "en");
		assertThat(first.status()).as(first.text()).isEqualTo(200);
		JsonNode answer = first.json();
		assertThat(answer.get("available").asBoolean()).isTrue();
		assertThat(answer.get("text").asString()).isEqualTo("[EN-US] " + text);
		assertThat(answer.get("source").asString()).isEqualTo("de");
		assertThat(answer.get("target").asString()).isEqualTo("en");
		assertThat(answer.get("provider").asString()).isEqualTo("deepl");
		assertThat(answer.get("cached").asBoolean()).isFalse();
		assertThat(answer.get("unavailable").isNull()).isTrue();

		JsonNode again = translate(adminToken(), "  " + text + "\r\n", "en").json();
		assertThat(again.get("cached").asBoolean()).isTrue();
		assertThat(again.get("text").asString()).isEqualTo("[EN-US] " + text);
		assertThat(again.get("source").asString()).isEqualTo("de");
		assertThat(again.get("provider").asString()).isEqualTo("deepl");
		assertThat(deepl.received()).as("the provider was asked once").hasSize(1);

		JsonNode otherLanguage = translate(adminToken(), text, "ja").json();
		assertThat(otherLanguage.get("cached").asBoolean()).isFalse();
		assertThat(otherLanguage.get("text").asString()).isEqualTo("[JA] " + text);
		assertThat(deepl.received()).hasSize(2);
	}

	@Test
	void usageCountsRequestsCharactersFailuresAndCacheHitsPerProvider() {
		useDeepL();
		JsonNode before = deeplUsage();
		String text = "Wo ist meine Bestellung? " + unique();

		translate(adminToken(), text, "en");
		translate(adminToken(), text, "en");
		deepl.failNext(deepl.serverError());
		translate(adminToken(), "Wo bleibt mein Paket? " + unique(), "en");

		JsonNode after = deeplUsage();
		assertThat(after.get("requests").asLong() - before.get("requests").asLong()).isEqualTo(2);
		assertThat(after.get("failures").asLong() - before.get("failures").asLong()).isEqualTo(1);
		assertThat(after.get("characters").asLong() - before.get("characters").asLong())
			.isEqualTo(text.codePointCount(0, text.length()));
		assertThat(after.get("cacheHits").asLong() - before.get("cacheHits").asLong()).isEqualTo(1);

		Response report = get("/api/v1/translation/usage?from=2026-01-01&to=2026-01-31", adminToken());
		assertThat(report.json().get("from").asString()).isEqualTo("2026-01-01");
		assertThat(get("/api/v1/translation/usage?from=2026-02-01&to=2026-01-01", adminToken()).status()).isEqualTo(400);
		assertThat(get("/api/v1/translation/usage?from=yesterday", adminToken()).status()).isEqualTo(400);
	}

	private JsonNode deeplUsage() {
		Response usage = get("/api/v1/translation/usage", adminToken());
		assertThat(usage.status()).as(usage.text()).isEqualTo(200);
		for (JsonNode item : usage.json().get("items")) {
			if (item.get("provider").asString().equals("deepl")) {
				return item;
			}
		}
		return JSON.readTree("{\"requests\": 0, \"failures\": 0, \"characters\": 0, \"cacheHits\": 0}");
	}

	@Test
	void whenTheProviderFailsTheAgentGetsTheOriginalWithTheReason() {
		useDeepL();
		String text = "Wo ist meine Bestellung? " + unique();
		deepl.failNext(deepl.serverError());

		Response failed = translate(adminToken(), text, "en");

		assertThat(failed.status()).isEqualTo(200);
		JsonNode answer = failed.json();
		assertThat(answer.get("available").asBoolean()).isFalse();
		assertThat(answer.get("text").asString()).isEqualTo(text);
		assertThat(answer.get("target").asString()).isEqualTo("en");
		assertThat(answer.get("provider").asString()).isEqualTo("deepl");
		assertThat(answer.get("cached").asBoolean()).isFalse();
		assertThat(answer.get("unavailable").get("code").asString()).isEqualTo("translation.unavailable");
		assertThat(answer.get("unavailable").get("reason").asString()).isEqualTo("provider_error");
		assertThat(answer.get("unavailable").get("message").asString()).startsWith("DeepL had a server error (HTTP 500)");

		JsonNode retried = translate(adminToken(), text, "en").json();
		assertThat(retried.get("available").asBoolean()).as("a failure is not cached").isTrue();
	}

	@Test
	void aSlowProviderIsGivenUpOnAfterItsTimeout() {
		Response configured = put("/api/v1/translation/provider", adminToken(), Map.of("kind", "deepl", "baseUrl",
				deepl.baseUrl(), "apiKey", ProviderStandIn.VALID_KEY, "timeoutSeconds", 1));
		assertThat(configured.status()).isEqualTo(200);
		deepl.delay(Duration.ofSeconds(4));
		long started = System.nanoTime();

		JsonNode answer = translate(adminToken(), "Wo ist meine Bestellung? " + unique(), "en").json();

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
		assertThat(answer.get("available").asBoolean()).isFalse();
		assertThat(answer.get("unavailable").get("reason").asString()).isEqualTo("timeout");
		assertThat(answer.get("unavailable").get("message").asString()).isEqualTo("DeepL did not answer within 1 s");
	}

	@Test
	void withoutAProviderTranslationIsUnavailableRatherThanAnError() {
		assertThat(put("/api/v1/translation/provider", adminToken(), Map.of("kind", "none")).status()).isEqualTo(200);

		Response answer = translate(adminToken(), "Wo ist meine Bestellung? " + unique(), "en");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().get("available").asBoolean()).isFalse();
		assertThat(answer.json().get("provider").isNull()).isTrue();
		assertThat(answer.json().get("unavailable").get("reason").asString()).isEqualTo("not_configured");
		assertThat(post("/api/v1/translation/provider/test", adminToken(), Map.of()).json().get("reason").asString())
			.isEqualTo("not_configured");
	}

	@Test
	void aMessageIsTranslatedFromTheLanguageItWasDetectedIn() {
		useDeepL();
		String body = "Hallo, wo ist meine Bestellung? Ich warte schon seit zwei Wochen auf das Paket. " + unique();
		JsonNode ticket = openTicket(ticketRequest(brand(), "Paket " + unique(), uniqueEmail("kunde"), body));
		String ticketId = ticket.get("id").asString();
		JsonNode message = get("/api/v1/tickets/" + ticketId + "/messages", adminToken()).json().get("items").get(0);
		assertThat(message.get("language").asString()).isEqualTo("de");

		Response translated = post("/api/v1/tickets/" + ticketId + "/messages/" + message.get("id").asString()
				+ "/translations?target=zh-TW", adminToken(), Map.of());

		assertThat(translated.status()).as(translated.text()).isEqualTo(200);
		assertThat(translated.json().get("text").asString()).isEqualTo("[ZH-HANT] " + body);
		assertThat(translated.json().get("source").asString()).isEqualTo("de");
		assertThat(translated.json().get("target").asString()).isEqualTo("zh-TW");
		assertThat(deepl.lastSource()).isEqualTo("DE");

		String otherTicket = openTicket("Other " + unique()).get("id").asString();
		assertThat(post("/api/v1/tickets/" + otherTicket + "/messages/" + message.get("id").asString()
				+ "/translations?target=en", adminToken(), Map.of()).errorCode()).isEqualTo("message.not_found");
		assertThat(post("/api/v1/tickets/" + ticketId + "/messages/" + message.get("id").asString() + "/translations",
				adminToken(), Map.of()).status()).isEqualTo(400);
	}

	@Test
	void aTextAlreadyInTheTargetLanguageIsNotSentAnywhere() {
		useDeepL();

		JsonNode answer = post("/api/v1/translations", adminToken(),
				Map.of("text", "Wo ist meine Bestellung?", "source", "de", "target", "de-AT")).json();

		assertThat(answer.get("available").asBoolean()).isTrue();
		assertThat(answer.get("text").asString()).isEqualTo("Wo ist meine Bestellung?");
		assertThat(answer.get("provider").isNull()).isTrue();
		assertThat(deepl.received()).isEmpty();
	}

	@Test
	void badRequestsAreRefusedWithAReason() {
		useDeepL();
		assertThat(post("/api/v1/translations", adminToken(), Map.of("text", "Hallo")).errorCode())
			.isEqualTo("translation.target_required");
		assertThat(post("/api/v1/translations", adminToken(), Map.of("text", "  ", "target", "en")).errorCode())
			.isEqualTo("translation.text_required");
		assertThat(post("/api/v1/translations", adminToken(), Map.of("text", "Hallo", "target", "xx-??")).errorCode())
			.isEqualTo("language.invalid");
		assertThat(post("/api/v1/translations", adminToken(), Map.of("text", "Hallo", "target", "en", "tone", "formal"))
			.status()).isEqualTo(400);

		Map<String, Object> bad = new LinkedHashMap<>();
		bad.put("kind", "babelfish");
		assertThat(put("/api/v1/translation/provider", adminToken(), bad).errorCode())
			.isEqualTo("translation.unknown_provider");
		assertThat(put("/api/v1/translation/provider", adminToken(), Map.of("kind", "deepl", "baseUrl", "ftp://x"))
			.errorCode()).isEqualTo("translation.invalid_base_url");
		assertThat(put("/api/v1/translation/provider", adminToken(), Map.of("kind", "deepl", "timeoutSeconds", 0))
			.errorCode()).isEqualTo("translation.invalid_timeout");
		assertThat(put("/api/v1/translation/provider", adminToken(), Map.of("kind", "deepl", "secret", "x")).status())
			.isEqualTo(400);
		assertThat(put("/api/v1/translation/provider", adminToken(), Map.of("baseUrl", "https://x.example"))
			.errorCode()).isEqualTo("translation.kind_required");
		assertThat(put("/api/v1/translation/provider", adminToken(),
				Map.of("kind", "openai-compatible", "baseUrl", "http://ollama.internal:11434")).errorCode())
			.isEqualTo("translation.model_required");
		assertThat(get("/api/v1/translation/provider", adminToken()).json().get("kind").asString())
			.as("a refused change changes nothing").isEqualTo("deepl");
	}

	@Test
	void theProviderTestSaysWhetherKeyAndAddressWork() {
		useDeepL();
		JsonNode ok = post("/api/v1/translation/provider/test", adminToken(), Map.of()).json();
		assertThat(ok.get("ok").asBoolean()).isTrue();
		assertThat(ok.get("sample").asString()).isEqualTo("[DE] Where is my order?");

		put("/api/v1/translation/provider", adminToken(),
				Map.of("kind", "deepl", "baseUrl", deepl.baseUrl(), "apiKey", "not-the-right-key"));
		JsonNode failed = post("/api/v1/translation/provider/test", adminToken(), Map.of()).json();
		assertThat(failed.get("ok").asBoolean()).isFalse();
		assertThat(failed.get("reason").asString()).isEqualTo("auth_failed");
		assertThat(failed.get("message").asString()).startsWith("DeepL rejected the API key")
			.doesNotContain("not-the-right-key");
	}
}
