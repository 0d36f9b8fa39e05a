package dev.meridian.channel.chat.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The widget's door: the script, its API, its WebSocket and the demo shop are public (visitors have no account),
 * without sessions or CSRF tokens; a visitor proves who they are with the signed token, and {@link WidgetGate}
 * refuses origins the brand did not allow.
 */
@Configuration(proxyBeanMethods = false)
class WidgetSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain widget(HttpSecurity http) throws Exception {
		return http.securityMatcher("/widget.js", "/widget/**", "/demo/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.build();
	}
}
