package dev.meridian.channel.email.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local OAuth 2 authorization server's token endpoint as RFC 6749 describes it: it takes only the refresh-token
 * grant (section 6) as a form POST, authenticates the client by its id and secret in the body or by HTTP Basic
 * (section 2.3.1), answers with the JSON of section 5.1 ({@code access_token}, {@code token_type},
 * {@code expires_in}, a rotated {@code refresh_token} when asked to rotate) and with the errors of section 5.2
 * ({@code invalid_grant}, {@code invalid_client}, {@code unsupported_grant_type}, {@code invalid_request}). Each access
 * token it issues is new, and is handed to {@code issued} so that the test's mail server accepts exactly that one.
 */
final class TokenEndpointStandIn implements AutoCloseable {

	static final String CLIENT_ID = "meridian-test-client";
	static final String CLIENT_SECRET = "client-secret-9d41c7";

	private final HttpServer server;
	private final Consumer<String> issued;
	private final AtomicInteger grants = new AtomicInteger();
	private final AtomicInteger requests = new AtomicInteger();
	private volatile String refreshToken;
	private volatile boolean rotate;
	private volatile boolean revoked;
	private volatile boolean down;
	private volatile int expiresIn = 3600;

	TokenEndpointStandIn(String refreshToken, Consumer<String> issued) throws IOException {
		this.refreshToken = refreshToken;
		this.issued = issued;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/oauth2/token", this::token);
		server.start();
	}

	String tokenUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/token";
	}

	/** Requests that reached the endpoint, granted or not. */
	int requests() {
		return requests.get();
	}

	/** Each grant from now on comes with a new refresh token, and the one used stops working. */
	void rotateRefreshTokens() {
		rotate = true;
	}

	/** The user withdrew the consent: every refresh token is refused with invalid_grant from now on. */
	void revokeConsent() {
		revoked = true;
	}

	/** The provider has an outage: 503 with an HTML page, as load balancers answer; false ends it. */
	void down(boolean down) {
		this.down = down;
	}

	/** The admin obtained a new refresh token after a new consent. */
	void consentAgain(String newRefreshToken) {
		revoked = false;
		refreshToken = newRefreshToken;
	}

	String currentRefreshToken() {
		return refreshToken;
	}

	void expiresIn(int seconds) {
		expiresIn = seconds;
	}

	private synchronized void token(HttpExchange exchange) throws IOException {
		requests.incrementAndGet();
		try (exchange) {
			if (down) {
				byte[] page = "<html><body>Service Unavailable</body></html>".getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "text/html");
				exchange.sendResponseHeaders(503, page.length);
				exchange.getResponseBody().write(page);
				return;
			}
			if (!exchange.getRequestMethod().equals("POST") || !String.valueOf(exchange.getRequestHeaders()
				.getFirst("Content-Type")).startsWith("application/x-www-form-urlencoded")) {
				error(exchange, 400, "invalid_request", "POST the parameters as application/x-www-form-urlencoded");
				return;
			}
			Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			String[] basic = basic(exchange.getRequestHeaders().getFirst("Authorization"));
			String clientId = basic != null ? basic[0] : form.get("client_id");
			String clientSecret = basic != null ? basic[1] : form.get("client_secret");
			if (!CLIENT_ID.equals(clientId) || !CLIENT_SECRET.equals(clientSecret)) {
				exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"token\"");
				error(exchange, 401, "invalid_client", "Client authentication failed.");
				return;
			}
			if (!"refresh_token".equals(form.get("grant_type"))) {
				error(exchange, 400, "unsupported_grant_type", "Only the refresh_token grant is offered here.");
				return;
			}
			if (form.get("refresh_token") == null) {
				error(exchange, 400, "invalid_request", "refresh_token is missing.");
				return;
			}
			if (revoked || !refreshToken.equals(form.get("refresh_token"))) {
				error(exchange, 400, "invalid_grant", "Token has been expired or revoked.");
				return;
			}
			String accessToken = "access-" + grants.incrementAndGet() + "-" + Long.toHexString(System.nanoTime());
			issued.accept(accessToken);
			String rotated = "";
			if (rotate) {
				refreshToken = "refresh-rotated-" + grants.get();
				rotated = ", \"refresh_token\": \"" + refreshToken + "\"";
			}
			reply(exchange, 200, "{\"access_token\": \"" + accessToken + "\", \"token_type\": \"Bearer\", \"expires_in\": "
					+ expiresIn + ", \"scope\": \"https://mail.example/imap https://mail.example/smtp\"" + rotated + "}");
		}
	}

	private static void error(HttpExchange exchange, int status, String error, String description) throws IOException {
		reply(exchange, status, "{\"error\": \"" + error + "\", \"error_description\": \"" + description + "\"}");
	}

	private static void reply(HttpExchange exchange, int status, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
		exchange.getResponseHeaders().add("Cache-Control", "no-store");
		exchange.getResponseHeaders().add("Pragma", "no-cache");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static Map<String, String> form(String body) {
		Map<String, String> form = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return form;
	}

	private static String[] basic(String header) {
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
		int colon = decoded.indexOf(':');
		return colon < 0 ? null : new String[] { URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
				URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8) };
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
