package dev.meridian.language.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local HTTP server that speaks one translation provider's documented protocol: it checks the path, the
 * authentication and the request body the way the provider does, answers with the provider's documented success and
 * error bodies, and records what it received. Its "translation" is {@code [<target code>] <text>}, and it "detects"
 * a few known sample sentences, so tests can tell exactly what was asked.
 */
public abstract class ProviderStandIn implements AutoCloseable {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** The only key the stand-in accepts. */
	public static final String VALID_KEY = "valid-key-7f3a9c21e8b44d06";

	public record Received(String method, String path, Map<String, String> query, Map<String, String> headers, String body) {

		public @Nullable String header(String name) {
			return headers.get(name.toLowerCase(java.util.Locale.ROOT));
		}

		public JsonNode json() {
			return JSON.readTree(body);
		}
	}

	public record Reply(int status, String contentType, String body) {

		public static Reply json(int status, String body) {
			return new Reply(status, "application/json", body);
		}
	}

	private final HttpServer server;
	private final ExecutorService executor = Executors.newCachedThreadPool();
	private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
	private volatile Duration delay = Duration.ZERO;
	private volatile @Nullable Reply next;
	private volatile @Nullable String lastTranslation;
	private final Map<String, String> phrasebook = new java.util.concurrent.ConcurrentHashMap<>();

	ProviderStandIn() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		server.createContext("/", this::handle);
		server.setExecutor(executor);
		server.start();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** The provider's answer to a well-formed or malformed request, as its documentation describes it. */
	abstract Reply answer(Received request);

	/** A documented 5xx answer. */
	public abstract Reply serverError();

	/** A documented "too many requests" answer. */
	abstract Reply rateLimited();

	/** A documented "quota used up" answer, if the provider has quotas. */
	abstract @Nullable Reply quotaExceeded();

	/** The documented answer to a language the provider does not support, if it has one. */
	abstract @Nullable Reply unsupportedLanguage();

	/** The target language as the last request named it, in the provider's own code. */
	public abstract @Nullable String lastTarget();

	/** The source language as the last request named it, or null when the provider was to detect it. */
	public abstract @Nullable String lastSource();

	/** The text the last request asked to translate. */
	public abstract @Nullable String lastText();

	/** Answers the next request with {@code reply} instead of a translation. */
	public void failNext(Reply reply) {
		this.next = reply;
	}

	public void delay(Duration delay) {
		this.delay = delay;
	}

	public List<Received> received() {
		return List.copyOf(received);
	}

	public Received last() {
		List<Received> all = received();
		if (all.isEmpty()) {
			throw new AssertionError("the stand-in received no request");
		}
		return all.get(all.size() - 1);
	}

	@Nullable String lastTranslation() {
		return lastTranslation;
	}

	/**
	 * Teaches the stand-in a real translation of {@code text}, into whatever target is asked, so that a page shows
	 * what a person would read; untaught texts keep the bracketed form.
	 */
	public void teach(String text, String translation) {
		phrasebook.put(text.strip(), translation);
	}

	/** The stand-in's translation: a taught one, else the target code in brackets, then the text. */
	String translate(String text, String targetCode) {
		String taught = phrasebook.get(text.strip());
		String translation = taught != null ? taught : "[" + targetCode + "] " + text;
		lastTranslation = translation;
		return translation;
	}

	/** The language of one of the sample sentences tests use, as a BCP 47 tag; English otherwise. */
	static String detect(String text) {
		if (text.contains("Bestellung")) {
			return "de";
		}
		if (text.contains("注文") || text.contains("届きません")) {
			return "ja";
		}
		if (text.contains("訂單") || text.contains("還沒")) {
			return "zh-TW";
		}
		if (text.contains("订单") || text.contains("还没")) {
			return "zh-CN";
		}
		return "en";
	}

	static @Nullable JsonNode parse(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (JacksonException e) {
			return null;
		}
	}

	static String quoted(String text) {
		return JSON.writeValueAsString(text);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String body;
			try (InputStream in = exchange.getRequestBody()) {
				body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			Map<String, String> headers = new LinkedHashMap<>();
			exchange.getRequestHeaders()
				.forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
			Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
					query(exchange.getRequestURI().getRawQuery()), headers, body);
			received.add(request);
			if (!delay.isZero()) {
				try {
					Thread.sleep(delay.toMillis());
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
			Reply forced = next;
			next = null;
			Reply reply = forced != null ? forced : answer(request);
			byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", reply.contentType() + "; charset=utf-8");
			exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
			if (bytes.length > 0) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(bytes);
				}
			}
		}
		catch (IOException | RuntimeException e) {
			// the client gave up (a timeout test) or the stand-in has a bug; either way the test sees it
		}
	}

	private static Map<String, String> query(@Nullable String raw) {
		Map<String, String> query = new LinkedHashMap<>();
		if (raw == null || raw.isEmpty()) {
			return query;
		}
		for (String pair : raw.split("&")) {
			int eq = pair.indexOf('=');
			String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
			String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
			query.put(name, value);
		}
		return query;
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}
}
