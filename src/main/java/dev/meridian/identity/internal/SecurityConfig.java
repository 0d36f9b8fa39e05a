package dev.meridian.identity.internal;

import java.util.Map;

import dev.meridian.shared.ApiError;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import tools.jackson.databind.ObjectMapper;

/**
 * Three doors: the token endpoint takes HTTP Basic, the rest of the API and the actuator take bearer tokens
 * and never a session, and the UI uses a login form with a session and CSRF protection.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2", Map.of(
				"argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
				"bcrypt", new BCryptPasswordEncoder()));
	}

	@Bean
	@Order(1)
	SecurityFilterChain tokenEndpoint(HttpSecurity http, LoginThrottle throttle, ObjectMapper json) throws Exception {
		return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/auth/tokens"))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
					writeError(json, response, 401, new ApiError("auth.invalid_credentials",
							"email or password is wrong, or the account is disabled"))))
			.addFilterBefore(new LoginThrottleFilter(throttle, true), BasicAuthenticationFilter.class)
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain api(HttpSecurity http, BearerPrincipals principals, ObjectMapper json)
			throws Exception {
		return http.securityMatcher("/api/**", "/actuator/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers("/actuator/**").hasRole("ADMIN")
				.anyRequest().authenticated())
			.addFilterBefore(new BearerTokenFilter(principals), BasicAuthenticationFilter.class)
			.exceptionHandling(e -> e
				.authenticationEntryPoint((request, response, ex) -> {
					response.setHeader("WWW-Authenticate", "Bearer");
					writeError(json, response, 401, new ApiError("auth.required",
							"send a valid token as 'Authorization: Bearer <token>'; get one from POST /api/v1/auth/tokens"));
				})
				.accessDeniedHandler((request, response, ex) -> writeError(json, response, 403,
						new ApiError("auth.forbidden", "your role may not do this"))))
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain ui(HttpSecurity http, LoginThrottle throttle) throws Exception {
		return http
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
						"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				.requestMatchers("/admin/**").hasAuthority("directory:write")
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
			.addFilterBefore(new LoginThrottleFilter(throttle, false), UsernamePasswordAuthenticationFilter.class)
			.build();
	}

	static void writeError(ObjectMapper json, HttpServletResponse response, int status, ApiError error)
			throws java.io.IOException {
		response.setStatus(status);
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), error);
	}
}
