package dev.meridian.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class LanguageFallbackTests {

	@Test
	void traditionalChineseFallsBackToSimplifiedThenEnglish() {
		assertThat(LanguageFallback.chain("zh-TW")).containsExactly("zh-TW", "zh", "zh-CN", "en");
		assertThat(LanguageFallback.choose("zh-TW", Set.of("en", "zh-CN", "de"))).contains("zh-CN");
		assertThat(LanguageFallback.choose("zh-TW", Set.of("en", "de"))).contains("en");
		assertThat(LanguageFallback.choose("zh-TW", Set.of("en", "zh-TW", "zh-CN"))).contains("zh-TW");
	}

	@Test
	void hongKongReadsTraditionalBeforeSimplified() {
		assertThat(LanguageFallback.choose("zh-HK", Set.of("zh-CN", "zh-TW", "en"))).contains("zh-TW");
	}

	@Test
	void simplifiedChineseFallsBackToTraditionalBeforeEnglish() {
		assertThat(LanguageFallback.chain("zh-CN")).containsExactly("zh-CN", "zh", "zh-TW", "en");
	}

	@Test
	void austrianGermanFallsBackToGermanThenEnglish() {
		assertThat(LanguageFallback.chain("de-AT")).containsExactly("de-AT", "de", "en");
		assertThat(LanguageFallback.choose("de-AT", Set.of("en", "de"))).contains("de");
		assertThat(LanguageFallback.choose("de-AT", Set.of("en", "fr"))).contains("en");
	}

	@Test
	void unknownOrMissingLanguageGetsEnglish() {
		assertThat(LanguageFallback.chain(null)).containsExactly("en");
		assertThat(LanguageFallback.chain("und")).containsExactly("en");
		assertThat(LanguageFallback.choose(null, Set.of("de", "en"))).contains("en");
	}

	@Test
	void withoutAnyLanguageOfTheChainTheFirstVariantByTagIsTaken() {
		assertThat(LanguageFallback.choose("de", Set.of("ja", "fr"))).contains("fr");
		assertThat(LanguageFallback.choose("de", Set.of())).isEmpty();
	}

	@Test
	void theCustomersOwnLanguageInAnyRegionIsNoFallbackButAnotherLanguageIs() {
		assertThat(LanguageFallback.isFallback("de-AT", "de")).isFalse();
		assertThat(LanguageFallback.isFallback("de", "de")).isFalse();
		assertThat(LanguageFallback.isFallback("ja", "en")).isTrue();
		assertThat(LanguageFallback.isFallback("zh-HK", "zh-TW")).isFalse();
		assertThat(LanguageFallback.isFallback("zh-TW", "zh-CN")).isTrue();
		assertThat(LanguageFallback.isFallback("en-GB", "en")).isFalse();
		assertThat(LanguageFallback.isFallback(null, "en")).isFalse();
		assertThat(LanguageFallback.isFallback("und", "ja")).isTrue();
	}
}
