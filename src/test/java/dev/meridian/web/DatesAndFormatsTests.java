package dev.meridian.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The people-facing formats in each UI language, with the real bundles and a fixed clock. */
class DatesAndFormatsTests {

	/** Tuesday 18:12 in London is already Wednesday 03:12 in Tokyo. */
	private static final Instant NOW = Instant.parse("2025-03-04T18:12:00Z");

	private final Dates dates = new Dates(bundles(), Clock.fixed(NOW, ZoneOffset.UTC));
	private final Formats fmt = new Formats();
	private final ResourceBundleMessageSource messages = bundles();

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void customersClockShowsTimeAndWeekdayInTheAgentsLanguage() {
		ZoneId tokyo = ZoneId.of("Asia/Tokyo");
		assertThat(clockLabel("en", tokyo)).isEqualTo("03:12 Wed, customer’s time");
		assertThat(clockLabel("de", tokyo)).isEqualTo("Mi. 03:12 beim Kunden");
		assertThat(clockLabel("ja", tokyo)).isEqualTo("お客様の現地時間 水 03:12");
		assertThat(clockLabel("zh-CN", tokyo)).isEqualTo("客户当地时间 周三 03:12");
		assertThat(clockLabel("zh-TW", tokyo)).isEqualTo("客戶當地時間 週三 03:12");
		assertThat(clockLabel("fr", tokyo)).isEqualTo("mer. 03:12, heure du client");
		assertThat(clockLabel("es", ZoneId.of("America/Mexico_City"))).isEqualTo("mar 12:12, hora del cliente");
	}

	@Test
	void listsNameTheCustomersWeekdayOnlyWhenItIsAnotherDayThere() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(dates.clockInBrief(ZoneId.of("Asia/Tokyo"))).isEqualTo("03:12 Wed");
		assertThat(dates.clockInBrief(ZoneId.of("Europe/Berlin"))).isEqualTo("19:12");
		LocaleContextHolder.setLocale(Locale.GERMAN);
		assertThat(dates.clockInBrief(ZoneId.of("Asia/Tokyo"))).isEqualTo("Mi. 03:12");
	}

	@Test
	void offsetsReadLikePeopleWriteThem() {
		assertThat(dates.offsetIn(ZoneId.of("Asia/Tokyo"))).isEqualTo("UTC+9");
		assertThat(dates.offsetIn(ZoneId.of("Asia/Kolkata"))).isEqualTo("UTC+5:30");
		assertThat(dates.offsetIn(ZoneId.of("America/Sao_Paulo"))).isEqualTo("UTC\u22123");
		assertThat(dates.offsetIn(ZoneId.of("Europe/London"))).isEqualTo("UTC");
	}

	@Test
	void listDatesFollowTheAgentsLanguage() {
		Instant earlier = Instant.parse("2025-01-20T09:30:00Z");
		LocaleContextHolder.setLocale(Locale.forLanguageTag("de"));
		assertThat(dates.time(earlier)).isEqualTo("20. Jan.");
		LocaleContextHolder.setLocale(Locale.forLanguageTag("ja"));
		assertThat(dates.time(earlier)).isEqualTo("1月20日");
		assertThat(dates.dateTime(earlier)).isEqualTo("1月20日 9:30");
		LocaleContextHolder.setLocale(Locale.forLanguageTag("fr"));
		assertThat(dates.dateTime(earlier)).isEqualTo("20 janv., 09:30");
	}

	@Test
	void languagesAreNamedInTheAgentsLanguageWithChineseByScript() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(fmt.language("zh-CN")).isEqualTo("Chinese (Simplified)");
		assertThat(fmt.language("zh-TW")).isEqualTo("Chinese (Traditional)");
		LocaleContextHolder.setLocale(Locale.forLanguageTag("de"));
		assertThat(fmt.language("ja")).isEqualTo("Japanisch");
		assertThat(fmt.language("zh-TW")).isEqualTo("Chinesisch (Traditionell)");
		LocaleContextHolder.setLocale(Locale.forLanguageTag("fr"));
		assertThat(fmt.language("de")).isEqualTo("Allemand");
		LocaleContextHolder.setLocale(Locale.forLanguageTag("zh-TW"));
		assertThat(fmt.language("zh-CN")).isEqualTo("中文 (簡體)");
		assertThat(fmt.language("und")).isEmpty();
		assertThat(fmt.language(null)).isEmpty();
	}

	@Test
	void badgesTellChineseScriptsApart() {
		assertThat(fmt.languageCode("zh-CN")).isEqualTo("ZH-CN");
		assertThat(fmt.languageCode("zh-TW")).isEqualTo("ZH-TW");
		assertThat(fmt.languageCode("zh")).isEqualTo("ZH");
		assertThat(fmt.languageCode("de")).isEqualTo("DE");
		assertThat(fmt.languageCode("und")).isEmpty();
	}

	@Test
	void numbersAndCountriesFollowTheAgentsLanguage() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("de"));
		assertThat(fmt.number(12345L)).isEqualTo("12.345");
		assertThat(fmt.country("JP")).isEqualTo("Japan");
		LocaleContextHolder.setLocale(Locale.forLanguageTag("ja"));
		assertThat(fmt.country("de")).isEqualTo("ドイツ");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(fmt.number(12345L)).isEqualTo("12,345");
	}

	private String clockLabel(String locale, ZoneId zone) {
		Locale viewer = Locale.forLanguageTag(locale);
		LocaleContextHolder.setLocale(viewer);
		return messages.getMessage("customer.clock", new Object[] { dates.clockIn(zone) }, viewer);
	}

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}
}
