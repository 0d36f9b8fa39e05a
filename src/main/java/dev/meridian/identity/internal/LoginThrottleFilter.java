package dev.meridian.identity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a sign-in attempt before the password is checked when {@link LoginThrottle} says it is blocked. */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;
	private final boolean api;

	LoginThrottleFilter(LoginThrottle throttle, boolean api) {
		this.throttle = throttle;
		this.api = api;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String email = api ? basicUser(request.getHeader("Authorization")) : formUser(request);
		if (email != null && throttle.blocked(request.getRemoteAddr(), email)) {
			long seconds = throttle.retryAfter().toSeconds();
			if (api) {
				response.setStatus(429);
				response.setHeader("Retry-After", Long.toString(seconds));
				response.setContentType("application/json");
				response.getWriter().write("{\"code\":\"auth.too_many_attempts\",\"message\":\"Too many failed sign-ins; "
						+ "try again in " + seconds / 60 + " minutes\",\"details\":[]}");
			}
			else {
				response.sendRedirect(request.getContextPath() + "/login?locked");
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static @Nullable String formUser(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())
				? request.getParameter("username") : null;
	}

	private static @Nullable String basicUser(@Nullable String header) {
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon > 0 ? decoded.substring(0, colon) : null;
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
