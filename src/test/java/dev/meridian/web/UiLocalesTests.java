package dev.meridian.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class UiLocalesTests {

	private final UiLocales all = of("en", "zh-CN", "zh-TW", "ja", "es", "de", "fr");

	@Test
	void regionalVariantsFindTheirLanguage() {
		assertThat(all.match(Locale.forLanguageTag("de-AT"))).isEqualTo(Locale.forLanguageTag("de"));
		assertThat(all.match(Locale.forLanguageTag("fr-CA"))).isEqualTo(Locale.forLanguageTag("fr"));
		assertThat(all.match(Locale.forLanguageTag("es-419"))).isEqualTo(Locale.forLanguageTag("es"));
		assertThat(all.match(Locale.forLanguageTag("ja-JP"))).isEqualTo(Locale.forLanguageTag("ja"));
		assertThat(all.match(Locale.forLanguageTag("en-GB"))).isEqualTo(Locale.forLanguageTag("en"));
	}

	@Test
	void chineseGoesByScript() {
		Locale traditional = Locale.forLanguageTag("zh-TW");
		Locale simplified = Locale.forLanguageTag("zh-CN");
		assertThat(all.match(Locale.forLanguageTag("zh-TW"))).isEqualTo(traditional);
		assertThat(all.match(Locale.forLanguageTag("zh-HK"))).isEqualTo(traditional);
		assertThat(all.match(Locale.forLanguageTag("zh-Hant"))).isEqualTo(traditional);
		assertThat(all.match(Locale.forLanguageTag("zh-Hant-CN"))).isEqualTo(traditional);
		assertThat(all.match(Locale.forLanguageTag("zh"))).isEqualTo(simplified);
		assertThat(all.match(Locale.forLanguageTag("zh-SG"))).isEqualTo(simplified);
		assertThat(all.match(Locale.forLanguageTag("zh-Hans-HK"))).isEqualTo(simplified);
	}

	@Test
	void traditionalChineseReadersGetSimplifiedWhenOnlyThatIsOffered() {
		assertThat(of("en", "zh-CN").match(Locale.forLanguageTag("zh-TW"))).isEqualTo(Locale.forLanguageTag("zh-CN"));
	}

	@Test
	void anUnsupportedLanguageFindsNothing() {
		assertThat(all.match(Locale.forLanguageTag("ko-KR"))).isNull();
	}

	private static UiLocales of(String... tags) {
		return new UiLocales(List.of(tags).stream().map(Locale::forLanguageTag).toList());
	}
}
