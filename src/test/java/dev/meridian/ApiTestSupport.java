package dev.meridian;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the tests that drive Meridian over real HTTP. Every full-context test class extends it unchanged, so
 * that they all share one cached Spring context (and one server). The database is shared by every class in the
 * JVM (and on CI is a PostgreSQL database), so tests create their own uniquely named data and never assume
 * empty tables or fixed ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTestSupport {

	protected static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	/** Tokens by email; the database outlives a context, so a token stays valid for the whole JVM. */
	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private static final Map<String, String> BRANDS = new ConcurrentHashMap<>();

	@LocalServerPort
	protected int port;

	@Value("${meridian.identity.admin-email}")
	protected String adminEmail;

	@Value("${meridian.identity.admin-password}")
	protected String adminPassword;

	/** A short suffix that makes names and emails unique across test classes and runs on a shared database. */
	protected static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	protected static String uniqueEmail(String who) {
		return who + "-" + unique() + "@meridian.test";
	}

	// ---- tokens and people ----

	protected String adminToken() {
		return TOKENS.computeIfAbsent(adminEmail, email -> tokenFor(email, adminPassword));
	}

	/** Issues a token with HTTP Basic, failing the test unless the server answers 201. */
	protected String tokenFor(String email, String password) {
		Response response = issueToken(email, password);
		assertThat(response.status()).as("token for %s: %s", email, response.text()).isEqualTo(201);
		return response.json().get("token").asString();
	}

	protected Response issueToken(String email, String password) {
		String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri("/api/v1/auth/tokens"))
			.header("Authorization", "Basic " + basic)
			.POST(HttpRequest.BodyPublishers.noBody()));
	}

	/** An agent created by the admin through the API, with a token of its own. */
	protected record TestAgent(String id, String email, String password, String token) {
	}

	protected TestAgent newAgent(String role) {
		String email = uniqueEmail(role);
		String password = "Pass-" + UUID.randomUUID();
		Response created = post("/api/v1/agents", adminToken(),
				Map.of("name", "Test " + role + " " + unique(), "email", email, "password", password, "role", role));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return new TestAgent(created.json().get("id").asString(), email, password, tokenFor(email, password));
	}

	/** One brand per test class, created on first use. */
	protected String brand() {
		return BRANDS.computeIfAbsent(getClass().getName(), name -> newBrand());
	}

	protected String newBrand() {
		Response created = post("/api/v1/brands", adminToken(), Map.of("name", "Brand " + unique()));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	// ---- tickets ----

	protected static Map<String, Object> ticketRequest(String brand, String subject, String customerEmail,
			String body) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("subject", subject);
		request.put("brand", brand);
		request.put("channel", "email");
		request.put("customer", Map.of("email", customerEmail, "name", "Customer " + unique()));
		request.put("message", Map.of("body", body));
		return request;
	}

	/**
	 * Waits until text searches use the full-text index: a test context that starts on a database other contexts
	 * filled builds its index in the background, and searches use SQL meanwhile.
	 */
	protected void awaitSearchIndex() {
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> get("/api/v1/search-indexes/tickets", adminToken()).json().get("state").asString(),
					"ready"::equals);
	}

	/** The ids of the tickets the admin's ticket list answers for {@code query}, such as {@code text=parcel}. */
	protected List<String> ticketIds(String query) {
		Response page = get("/api/v1/tickets?" + query, adminToken());
		assertThat(page.status()).as(page.text()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		page.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}

	/** Opens a ticket as the admin and answers its JSON. */
	protected JsonNode openTicket(String subject) {
		return openTicket(ticketRequest(brand(), subject, uniqueEmail("customer"), "Hello, " + subject));
	}

	protected JsonNode openTicket(Map<String, Object> request) {
		Response response = post("/api/v1/tickets", adminToken(), request);
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response.json();
	}

	// ---- HTTP ----

	protected URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	protected Response get(String path, @Nullable String token) {
		return send(authorized(HttpRequest.newBuilder(uri(path)), token).GET());
	}

	protected Response post(String path, @Nullable String token, Object body) {
		return sendJson("POST", path, token, body, Map.of());
	}

	protected Response patch(String path, @Nullable String token, Object body) {
		return sendJson("PATCH", path, token, body, Map.of());
	}

	/** Sends {@code body} as JSON; a String is sent as it is, so tests can send malformed JSON. */
	protected Response sendJson(String method, String path, @Nullable String token, Object body,
			Map<String, String> headers) {
		String text = body instanceof String raw ? raw : JSON.writeValueAsString(body);
		HttpRequest.Builder request = authorized(HttpRequest.newBuilder(uri(path)), token)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(text));
		headers.forEach(request::header);
		return send(request);
	}

	private static HttpRequest.Builder authorized(HttpRequest.Builder request, @Nullable String token) {
		request.timeout(Duration.ofSeconds(120));
		return token == null ? request : request.header("Authorization", "Bearer " + token);
	}

	protected static Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** A received answer: status, headers and body. */
	protected record Response(int status, Map<String, List<String>> headers, byte[] body) {

		public String text() {
			return new String(body, StandardCharsets.UTF_8);
		}

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public Optional<String> header(String name) {
			return headers.entrySet().stream()
				.filter(e -> e.getKey().equalsIgnoreCase(name))
				.flatMap(e -> e.getValue().stream())
				.findFirst();
		}

		/** The error code of an API error body, after checking the body has the documented shape. */
		public String errorCode() {
			JsonNode json = json();
			assertThat(json.isObject()).as("error body %s", text()).isTrue();
			assertThat(json.path("code").isString()).as("code in %s", text()).isTrue();
			assertThat(json.path("message").isString()).as("message in %s", text()).isTrue();
			assertThat(json.path("details").isArray()).as("details in %s", text()).isTrue();
			return json.get("code").asString();
		}

		@Override
		public String toString() {
			return status + " " + text();
		}
	}
}
