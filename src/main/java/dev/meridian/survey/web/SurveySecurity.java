package dev.meridian.survey.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The customer's door: the rating page and its JSON twin are public (the unguessable link is the only key) and
 * keep no session. The page's form carries a CSRF token from a cookie, as the sign-in form does, so another site
 * cannot post a rating in a customer's name; the JSON endpoint needs none, since a browser never sends JSON
 * across sites without asking (CORS preflight) and no cookie identifies anyone.
 */
@Configuration(proxyBeanMethods = false)
class SurveySecurity {

	@Bean
	@Order(0)
	SecurityFilterChain surveyPageChain(HttpSecurity http) throws Exception {
		return http.securityMatcher("/survey/**")
			.csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.build();
	}

	@Bean
	@Order(0)
	SecurityFilterChain surveyAnswerChain(HttpSecurity http) throws Exception {
		return http
			.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/surveys/*/answer"))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.build();
	}
}
