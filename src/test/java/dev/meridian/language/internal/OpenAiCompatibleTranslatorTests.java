package dev.meridian.language.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import dev.meridian.language.TranslationFailure;
import dev.meridian.language.TranslationFailure.Reason;
import dev.meridian.language.Translator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class OpenAiCompatibleTranslatorTests implements TranslatorContract {

	private final OpenAiCompatibleStandIn standIn = new OpenAiCompatibleStandIn();

	@Override
	public ProviderStandIn standIn() {
		return standIn;
	}

	@Override
	public Translator translator(ProviderConnection connection) {
		return new OpenAiCompatibleTranslator(connection, HTTP);
	}

	@Override
	public String provider() {
		return "openai-compatible";
	}

	@Override
	public String expectedTarget(String tag) {
		return Map.of("zh-CN", "Simplified Chinese (zh-CN)", "zh-TW", "Traditional Chinese (zh-TW)", "en", "English (en)",
				"ja", "Japanese (ja)", "de", "German (de)").get(tag);
	}

	@Override
	public String expectedSource(String tag) {
		return expectedTarget(tag);
	}

	@Override
	public @Nullable String expectedDetected(String tag) {
		return null;
	}

	@Test
	void worksWithoutAKeyForLocalServers() {
		// Ollama and vLLM need no key: no Authorization header at all, which this stand-in refuses like OpenAI would.
		assertThatThrownBy(() -> translator(null, Duration.ofSeconds(5)).translate("Hello", null, "de"))
			.isInstanceOf(TranslationFailure.class);
		assertThat(standIn.last().header("Authorization")).isNull();
	}

	@Test
	void anUnknownModelIsRejectedWithItsName() {
		Translator unknownModel = translator(new ProviderConnection(URI.create(standIn.baseUrl()),
				ProviderStandIn.VALID_KEY, "llama9", null, Duration.ofSeconds(5)));

		assertThatThrownBy(() -> unknownModel.translate("Hello", null, "de"))
			.isInstanceOfSatisfying(TranslationFailure.class, failure -> {
				assertThat(failure.reason()).isEqualTo(Reason.REJECTED);
				assertThat(failure.getMessage()).contains("llama9");
			});
	}

	@Test
	void acceptsABaseUrlThatAlreadyEndsInV1() {
		Translator translator = translator(new ProviderConnection(URI.create(standIn.baseUrl() + "/v1/"),
				ProviderStandIn.VALID_KEY, OpenAiCompatibleStandIn.MODEL, null, Duration.ofSeconds(5)));

		translator.translate("Hello", null, "de");

		assertThat(standIn.last().path()).isEqualTo("/v1/chat/completions");
	}

	@Test
	void asksForATranslationOnlyAtTemperatureZero() {
		translator().translate("Hello", null, "pt-BR");

		assertThat(standIn.last().json().path("temperature").asInt()).isZero();
		assertThat(standIn.lastTarget()).isEqualTo("Brazilian Portuguese (pt-BR)");
		assertThat(standIn.last().json().path("messages").path(0).path("content").asString())
			.contains("translation only");
	}

	@Test
	void anIncompleteAnswerIsNotTakenForATranslation() {
		standIn.failNext(ProviderStandIn.Reply.json(200, "{\"choices\": [{\"index\": 0, \"message\": {\"role\": "
				+ "\"assistant\", \"content\": \"Wo ist\"}, \"finish_reason\": \"length\"}]}"));

		assertThatThrownBy(() -> translator().translate("Where is my order?", null, "de"))
			.isInstanceOfSatisfying(TranslationFailure.class,
					failure -> assertThat(failure.reason()).isEqualTo(Reason.BAD_RESPONSE));
	}
}
