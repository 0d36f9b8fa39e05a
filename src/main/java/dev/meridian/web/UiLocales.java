package dev.meridian.web;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.meridian.identity.AgentPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Picks the language of the UI: the signed-in agent's own choice first, else the browser's Accept-Language,
 * else the first supported locale. Only locales with a message bundle are ever returned, so a page never mixes
 * languages because a bundle is missing. Templates list the choices as {@code ${@uiLocales.tags()}}.
 */
public final class UiLocales implements LocaleResolver {

	private static final Set<String> TRADITIONAL_REGIONS = Set.of("TW", "HK", "MO");

	private final List<Locale> supported;

	UiLocales(List<Locale> supported) {
		if (supported.isEmpty()) {
			throw new IllegalArgumentException("at least one UI locale is needed");
		}
		this.supported = List.copyOf(supported);
	}

	/** The supported languages as BCP 47 tags, e.g. [en, zh-CN, zh-TW, ja, es, de, fr]. */
	public List<String> tags() {
		return supported.stream().map(Locale::toLanguageTag).toList();
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		AgentPrincipal agent = AgentPrincipal.current();
		if (agent != null) {
			Locale own = match(agent.locale());
			if (own != null) {
				return own;
			}
		}
		if (request.getHeader("Accept-Language") != null) {
			for (Locale wanted : Collections.list(request.getLocales())) {
				Locale found = match(wanted);
				if (found != null) {
					return found;
				}
			}
		}
		return supported.get(0);
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		throw new UnsupportedOperationException("the UI language is the agent's profile setting; change it at /profile");
	}

	/**
	 * The exact supported locale, else the first one of the same language (de-AT finds de, en-US finds en). Chinese
	 * goes by script: zh-Hant, zh-HK and zh-MO find Traditional (zh-TW), any other Chinese finds Simplified (zh-CN),
	 * each falling back to the other when only one is supported.
	 */
	@Nullable Locale match(Locale wanted) {
		for (Locale locale : supported) {
			if (locale.toLanguageTag().equalsIgnoreCase(wanted.toLanguageTag())) {
				return locale;
			}
		}
		if ("zh".equals(wanted.getLanguage())) {
			boolean traditional = "Hant".equals(wanted.getScript())
					|| wanted.getScript().isEmpty() && TRADITIONAL_REGIONS.contains(wanted.getCountry());
			Locale preferred = supportedTag(traditional ? "zh-TW" : "zh-CN");
			if (preferred != null) {
				return preferred;
			}
		}
		for (Locale locale : supported) {
			if (!wanted.getLanguage().isEmpty() && locale.getLanguage().equals(wanted.getLanguage())) {
				return locale;
			}
		}
		return null;
	}

	private @Nullable Locale supportedTag(String tag) {
		return supported.stream().filter(l -> l.toLanguageTag().equals(tag)).findFirst().orElse(null);
	}
}
