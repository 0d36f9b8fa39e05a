package dev.meridian.language.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import dev.meridian.language.ProviderKind;
import dev.meridian.shared.DomainException;
import org.junit.jupiter.api.Test;

class TranslationProviderTests {

	private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

	@Test
	void changingTheKindDropsTheKeySoItNeverReachesAnotherProvider() {
		TranslationProvider provider = new TranslationProvider(NOW);
		provider.configure(ProviderKind.DEEPL, null, null, null, null, NOW, 1L);
		provider.replaceKey("v1:sealed");

		provider.configure(ProviderKind.DEEPL, "https://deepl.proxy.example", null, null, 20, NOW, 1L);
		assertThat(provider.apiKeySecret()).isEqualTo("v1:sealed");

		provider.configure(ProviderKind.GOOGLE, null, null, null, null, NOW, 1L);
		assertThat(provider.apiKeySecret()).isNull();
		assertThatThrownBy(provider::checkComplete).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo("translation.api_key_required"));
	}

	@Test
	void takesTheKindsDefaultTimeoutAndBoundsAGivenOne() {
		TranslationProvider provider = new TranslationProvider(NOW);
		provider.configure(ProviderKind.OPENAI_COMPATIBLE, "http://ollama:11434", "llama3.1:8b", null, null, NOW, 1L);
		assertThat(provider.timeout()).isEqualTo(Duration.ofSeconds(60));
		provider.checkComplete();

		assertThatThrownBy(() -> provider.configure(ProviderKind.DEEPL, null, null, null, 0, NOW, 1L))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.code()).isEqualTo("translation.invalid_timeout"));
		assertThatThrownBy(() -> provider.configure(ProviderKind.DEEPL, null, null, null, 121, NOW, 1L))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void aChatEndpointNeedsAModel() {
		TranslationProvider provider = new TranslationProvider(NOW);
		provider.configure(ProviderKind.OPENAI_COMPATIBLE, null, "  ", null, null, NOW, 1L);

		assertThatThrownBy(provider::checkComplete).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo("translation.model_required"));
	}

	@Test
	void acceptsOnlyPlainHttpBaseUrls() {
		TranslationProvider provider = new TranslationProvider(NOW);
		for (String bad : new String[] { "ftp://deepl.example", "https://user:pw@deepl.example", "deepl.example",
				"https://deepl.example/?key=1", "https://deepl.example/#x" }) {
			assertThatThrownBy(() -> provider.configure(ProviderKind.DEEPL, bad, null, null, null, NOW, 1L))
				.as(bad)
				.isInstanceOfSatisfying(DomainException.class,
						e -> assertThat(e.code()).isEqualTo("translation.invalid_base_url"));
		}
		provider.configure(ProviderKind.LIBRETRANSLATE, "http://translate.internal:5000/lt", null, null, null, NOW, 1L);
		assertThat(provider.baseUrl()).isEqualTo("http://translate.internal:5000/lt");
	}

	@Test
	void aRegionIsAnAzureRegionName() {
		TranslationProvider provider = new TranslationProvider(NOW);
		assertThatThrownBy(() -> provider.configure(ProviderKind.AZURE, null, null, "west europe", null, NOW, 1L))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.code()).isEqualTo("translation.invalid_region"));
	}
}
