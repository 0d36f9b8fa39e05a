package dev.meridian.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs in the agent whose API token is in {@code Authorization: Bearer ...}; an unknown token stays anonymous. */
class BearerTokenFilter extends OncePerRequestFilter {

	private final BearerPrincipals principals;

	BearerTokenFilter(BearerPrincipals principals) {
		this.principals = principals;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			principals.signIn(header.substring(7).trim())
				.ifPresent(principal -> {
					var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
							principal.getAuthorities());
					SecurityContextHolder.getContext().setAuthentication(authentication);
				});
		}
		chain.doFilter(request, response);
	}
}
