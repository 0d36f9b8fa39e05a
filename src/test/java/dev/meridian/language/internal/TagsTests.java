package dev.meridian.language.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagsTests {

	@Test
	void tellsTraditionalFromSimplifiedChineseByScriptOrRegion() {
		assertThat(Tags.traditionalChinese("zh-TW")).isTrue();
		assertThat(Tags.traditionalChinese("zh-HK")).isTrue();
		assertThat(Tags.traditionalChinese("zh-Hant")).isTrue();
		assertThat(Tags.traditionalChinese("zh-Hans-HK")).isFalse();
		assertThat(Tags.traditionalChinese("zh-CN")).isFalse();
		assertThat(Tags.traditionalChinese("zh")).isFalse();
		assertThat(Tags.traditionalChinese("ja")).isFalse();
	}

	@Test
	void needsNoTranslationWithinALanguageExceptBetweenChineseScripts() {
		assertThat(Tags.sameLanguage("de", "de")).isTrue();
		assertThat(Tags.sameLanguage("en-GB", "en-US")).isTrue();
		assertThat(Tags.sameLanguage("pt", "pt-PT")).isTrue();
		assertThat(Tags.sameLanguage("zh", "zh-CN")).isTrue();
		assertThat(Tags.sameLanguage("zh-CN", "zh-TW")).isFalse();
		assertThat(Tags.sameLanguage("de", "en")).isFalse();
	}

	@Test
	void readsProviderCodesAsCanonicalTags() {
		assertThat(Tags.canonical("EN")).isEqualTo("en");
		assertThat(Tags.canonical("pt-br")).isEqualTo("pt-BR");
		assertThat(Tags.canonical("")).isNull();
		assertThat(Tags.canonical("not a tag")).isNull();
	}
}
