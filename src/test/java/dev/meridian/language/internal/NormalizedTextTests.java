package dev.meridian.language.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizedTextTests {

	@Test
	void theSameWordsTypedDifferentlyShareOneCacheKey() {
		NormalizedText composed = NormalizedText.of("Café   \r\nbitte\r\n");
		NormalizedText decomposed = NormalizedText.of("  Cafe\u0301   \nbitte");

		assertThat(composed.text()).isEqualTo("Café   \nbitte");
		assertThat(decomposed).isEqualTo(composed);
		assertThat(decomposed.sha256()).isEqualTo(composed.sha256()).hasSize(64).matches("[0-9a-f]{64}");
	}

	@Test
	void innerLineBreaksAndSpacingStayBecauseTheyCanChangeATranslation() {
		assertThat(NormalizedText.of("a\nb").sha256()).isNotEqualTo(NormalizedText.of("a b").sha256());
	}

	@Test
	void countsCharactersAsProvidersBillThem() {
		assertThat(NormalizedText.of("注文😀").characters()).isEqualTo(3);
		assertThat(NormalizedText.of(" \n ").isEmpty()).isTrue();
	}
}
