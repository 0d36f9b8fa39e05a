package dev.meridian.channel.chat.web;

import java.io.IOException;

import dev.meridian.channel.chat.ChatOrigins;
import dev.meridian.channel.chat.internal.ChatRateLimits;
import dev.meridian.channel.chat.internal.ChatRefused;
import dev.meridian.identity.BrandId;
import dev.meridian.shared.ApiError;
import dev.meridian.shared.DomainException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * In front of the widget's API and WebSocket: every request names its {@code brand}, comes from an origin the brand
 * allows (or from Meridian itself, as the demo shop does), and stays within the per-address rate limit. Answers the
 * CORS preflight for allowed origins; credentials are never involved (the visitor's token travels in the request).
 * A POST or a WebSocket handshake without an Origin header is refused: browsers always send one.
 */
class WidgetGate extends OncePerRequestFilter {

	private final ChatOrigins origins;
	private final ChatRateLimits limits;
	private final ObjectMapper json;

	WidgetGate(ChatOrigins origins, ChatRateLimits limits, ObjectMapper json) {
		this.origins = origins;
		this.limits = limits;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			BrandId brand = brand(request);
			String origin = request.getHeader("Origin");
			boolean preflight = "OPTIONS".equals(request.getMethod());
			if (origin == null) {
				if (!"GET".equals(request.getMethod()) || isWebSocket(request)) {
					throw new ChatRefused(403, "chat.origin_required", "the widget's requests come from a web page");
				}
			}
			else if (!sameOrigin(request, origin) && !origins.allows(brand, origin)) {
				throw new ChatRefused(403, "chat.origin_refused",
						"origin " + origin + " may not embed the chat of brand " + brand);
			}
			else {
				response.setHeader("Access-Control-Allow-Origin", origin);
				response.addHeader("Vary", "Origin");
				response.setHeader("Access-Control-Expose-Headers", "Retry-After");
			}
			if (preflight) {
				response.setHeader("Access-Control-Allow-Methods", "GET, POST");
				response.setHeader("Access-Control-Allow-Headers", "Content-Type");
				response.setHeader("Access-Control-Max-Age", "600");
				response.setStatus(204);
				return;
			}
			limits.request(request.getRemoteAddr());
		}
		catch (ChatRefused e) {
			refuse(response, e.status(), e.code(), e.getMessage(), e.retryAfterSeconds());
			return;
		}
		catch (DomainException e) {
			refuse(response, 400, e.code(), e.getMessage(), 0);
			return;
		}
		chain.doFilter(request, response);
	}

	private static BrandId brand(HttpServletRequest request) {
		String brand = request.getParameter("brand");
		if (brand == null || brand.isBlank()) {
			throw DomainException.malformed("chat.brand_required", "name the brand: ?brand=<id>");
		}
		return BrandId.parse(brand);
	}

	private static boolean sameOrigin(HttpServletRequest request, String origin) {
		int port = request.getServerPort();
		boolean defaultPort = port == 80 && "http".equals(request.getScheme())
				|| port == 443 && "https".equals(request.getScheme());
		String own = request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
		return own.equalsIgnoreCase(origin);
	}

	private static boolean isWebSocket(HttpServletRequest request) {
		return "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
	}

	private void refuse(HttpServletResponse response, int status, String code, @Nullable String message,
			long retryAfter) throws IOException {
		response.setStatus(status);
		if (retryAfter > 0) {
			response.setHeader("Retry-After", Long.toString(retryAfter));
		}
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), new ApiError(code, message == null ? code : message));
	}
}
