package dev.meridian.language.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.meridian.language.Translator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class GoogleTranslatorTests implements TranslatorContract {

	private final GoogleStandIn standIn = new GoogleStandIn();

	@Override
	public ProviderStandIn standIn() {
		return standIn;
	}

	@Override
	public Translator translator(ProviderConnection connection) {
		return new GoogleTranslator(connection, HTTP);
	}

	@Override
	public String provider() {
		return "google";
	}

	@Override
	public String expectedTarget(String tag) {
		return Map.of("zh-CN", "zh-CN", "zh-TW", "zh-TW", "en", "en", "ja", "ja", "de", "de").get(tag);
	}

	@Override
	public String expectedSource(String tag) {
		return expectedTarget(tag);
	}

	@Override
	public @Nullable String expectedDetected(String tag) {
		return tag;
	}

	@Test
	void sendsTheKeyAsAQueryParameterAndAsksForPlainText() {
		translator().translate("Hello", null, "de");

		assertThat(standIn.last().query()).containsEntry("key", ProviderStandIn.VALID_KEY);
		assertThat(standIn.last().json().path("format").asString()).isEqualTo("text");
		assertThat(standIn.last().header("Authorization")).isNull();
	}

	@Test
	void mapsGooglesOldCodesBack() {
		assertThat(GoogleTranslator.detected("iw")).isEqualTo("he");
		assertThat(GoogleTranslator.detected("zh-TW")).isEqualTo("zh-TW");
		assertThat(GoogleTranslator.code("zh-Hant")).isEqualTo("zh-TW");
		assertThat(GoogleTranslator.code("zh-SG")).isEqualTo("zh-CN");
		assertThat(GoogleTranslator.code("pt-PT")).isEqualTo("pt-PT");
		assertThat(GoogleTranslator.code("pt-BR")).isEqualTo("pt");
	}
}
