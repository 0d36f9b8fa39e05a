package dev.meridian.web;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration
class WebConfig {

	/** Named {@code localeResolver} so that it replaces Spring MVC's Accept-Language-only resolver. */
	@Bean
	LocaleResolver localeResolver(UiLocales uiLocales) {
		return uiLocales;
	}

	@Bean
	UiLocales uiLocales(@Value("${meridian.web.locales:en,zh-CN,zh-TW,ja,es,de,fr}") List<String> tags) {
		return new UiLocales(tags.stream().map(String::trim).map(Locale::forLanguageTag).toList());
	}
}
