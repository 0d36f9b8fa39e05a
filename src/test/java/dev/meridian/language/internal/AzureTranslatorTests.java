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

class AzureTranslatorTests implements TranslatorContract {

	private final AzureStandIn standIn = new AzureStandIn();

	@Override
	public ProviderStandIn standIn() {
		return standIn;
	}

	@Override
	public Translator translator(ProviderConnection connection) {
		return new AzureTranslator(connection, HTTP);
	}

	@Override
	public String provider() {
		return "azure";
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
	void sendsKeyAndRegionHeaders() {
		translator().translate("Hello", null, "de");

		assertThat(standIn.last().header("Ocp-Apim-Subscription-Key")).isEqualTo(ProviderStandIn.VALID_KEY);
		assertThat(standIn.last().header("Ocp-Apim-Subscription-Region")).isEqualTo(AzureStandIn.REGION);
		assertThat(standIn.last().query()).containsEntry("api-version", "3.0");
	}

	@Test
	void aMissingRegionForARegionalResourceIsAnAuthenticationFailure() {
		Translator withoutRegion = translator(new ProviderConnection(URI.create(standIn.baseUrl()),
				ProviderStandIn.VALID_KEY, null, null, Duration.ofSeconds(5)));

		assertThatThrownBy(() -> withoutRegion.translate("Hello", null, "de"))
			.isInstanceOfSatisfying(TranslationFailure.class, failure -> {
				assertThat(failure.reason()).isEqualTo(Reason.AUTH_FAILED);
				assertThat(failure.getMessage()).contains("401000").contains("region");
			});
	}

	@Test
	void mapsAzureCodes() {
		assertThat(AzureTranslator.code("pt-PT")).isEqualTo("pt-pt");
		assertThat(AzureTranslator.code("pt-BR")).isEqualTo("pt");
		assertThat(AzureTranslator.code("fr-CA")).isEqualTo("fr-ca");
		assertThat(AzureTranslator.detected("pt-pt")).isEqualTo("pt-PT");
		assertThat(AzureTranslator.detected("zh-Hant")).isEqualTo("zh-TW");
	}
}
