package dev.meridian.language.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.meridian.language.ProviderKind;
import dev.meridian.language.Translator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class DeepLTranslatorTests implements TranslatorContract {

	private final DeepLStandIn standIn = new DeepLStandIn();

	@Override
	public ProviderStandIn standIn() {
		return standIn;
	}

	@Override
	public Translator translator(ProviderConnection connection) {
		return new DeepLTranslator(connection, HTTP);
	}

	@Override
	public String provider() {
		return "deepl";
	}

	@Override
	public String expectedTarget(String tag) {
		return Map.of("zh-CN", "ZH-HANS", "zh-TW", "ZH-HANT", "en", "EN-US", "ja", "JA", "de", "DE").get(tag);
	}

	@Override
	public String expectedSource(String tag) {
		return Map.of("zh-CN", "ZH", "zh-TW", "ZH", "en", "EN", "ja", "JA", "de", "DE").get(tag);
	}

	@Override
	public @Nullable String expectedDetected(String tag) {
		// DeepL names the language only: Chinese comes back as ZH, whatever the script.
		return tag.startsWith("zh") ? "zh" : tag;
	}

	@Test
	void picksTheVariantsDeepLWantsForTargets() {
		assertThat(DeepLTranslator.targetCode("en-GB")).isEqualTo("EN-GB");
		assertThat(DeepLTranslator.targetCode("en-AU")).isEqualTo("EN-GB");
		assertThat(DeepLTranslator.targetCode("en-US")).isEqualTo("EN-US");
		assertThat(DeepLTranslator.targetCode("pt")).isEqualTo("PT-BR");
		assertThat(DeepLTranslator.targetCode("pt-PT")).isEqualTo("PT-PT");
		assertThat(DeepLTranslator.targetCode("zh-HK")).isEqualTo("ZH-HANT");
		assertThat(DeepLTranslator.targetCode("zh-Hant")).isEqualTo("ZH-HANT");
		assertThat(DeepLTranslator.targetCode("zh")).isEqualTo("ZH-HANS");
		assertThat(DeepLTranslator.targetCode("zh-SG")).isEqualTo("ZH-HANS");
		assertThat(DeepLTranslator.sourceCode("pt-BR")).isEqualTo("PT");
		assertThat(DeepLTranslator.sourceCode("en-GB")).isEqualTo("EN");
	}

	@Test
	void freeKeysGoToTheFreeEndpointByDefault() {
		assertThat(ProviderKind.DEEPL.defaultBaseUrl("abc-123:fx")).isEqualTo("https://api-free.deepl.com");
		assertThat(ProviderKind.DEEPL.defaultBaseUrl("abc-123")).isEqualTo("https://api.deepl.com");
	}

	@Test
	void aForbiddenAnswerSaysWhereFreeKeysBelong() {
		try {
			translator("wrong:fx", java.time.Duration.ofSeconds(5)).translate("Hello", null, "de");
		}
		catch (dev.meridian.language.TranslationFailure e) {
			assertThat(e.getMessage()).contains("api-free.deepl.com").contains("Authorization failure");
			return;
		}
		throw new AssertionError("a wrong key must fail");
	}
}
