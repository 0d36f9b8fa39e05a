package dev.meridian.language.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import dev.meridian.language.MachineTranslation;
import dev.meridian.language.TranslationFailure;
import dev.meridian.language.TranslationFailure.Reason;
import dev.meridian.language.Translator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class LibreTranslateTranslatorTests implements TranslatorContract {

	private final LibreTranslateStandIn standIn = new LibreTranslateStandIn();

	@Override
	public ProviderStandIn standIn() {
		return standIn;
	}

	@Override
	public Translator translator(ProviderConnection connection) {
		return new LibreTranslateTranslator(connection, HTTP);
	}

	@Override
	public String provider() {
		return "libretranslate";
	}

	@Override
	public String expectedTarget(String tag) {
		return Map.of("zh-CN", "zh-Hans", "zh-TW", "zh-Hant", "en", "en", "ja", "ja", "de", "de").get(tag);
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
	void fallsBackToTheOldChineseCodesOfOlderServers() {
		standIn.legacy();

		MachineTranslation simplified = translator().translate("Where is my order?", null, "zh-CN");
		assertThat(standIn.lastTarget()).isEqualTo("zh");
		assertThat(simplified.text()).isEqualTo("[zh] Where is my order?");

		translator().translate("Where is my order?", "zh-TW", "en");
		assertThat(standIn.lastSource()).isEqualTo("zt");

		assertThat(translator().translate("我的訂單還沒到", null, "en").detectedSource()).isEqualTo("zh-TW");
	}

	@Test
	void aServerThatNeedsAKeyAndGotNoneIsAnAuthenticationFailure() {
		assertThatThrownBy(() -> translator(null, Duration.ofSeconds(5)).translate("Hello", null, "de"))
			.isInstanceOfSatisfying(TranslationFailure.class, failure -> {
				assertThat(failure.reason()).isEqualTo(Reason.AUTH_FAILED);
				assertThat(failure.getMessage()).contains("get an API key");
			});
	}

	@Test
	void asksTheServerToDetectWhenTheSourceIsUnknown() {
		translator().translate("Hello", null, "de");

		assertThat(standIn.last().json().path("source").asString()).isEqualTo("auto");
		assertThat(standIn.last().json().path("format").asString()).isEqualTo("text");
	}
}
