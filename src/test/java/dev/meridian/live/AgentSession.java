package dev.meridian.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An agent signed in to the UI over plain HTTP (form login, session cookie, CSRF cookie), and the server-sent events
 * it reads from {@code /live/events}. The session lives in the database, so the same agent can read events from
 * another node.
 */
public final class AgentSession implements AutoCloseable {

	public record Event(String name, JsonNode data) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(cookies)
		.connectTimeout(Duration.ofSeconds(10))
		.build();
	private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
	private CompletableFuture<?> stream;
	private volatile java.util.function.Consumer<Event> watcher = e -> {
	};

	/** Also hands every event to {@code watcher} as it arrives (for measuring delivery). */
	public void watch(java.util.function.Consumer<Event> watcher) {
		this.watcher = watcher;
	}

	public static AgentSession signIn(String base, String email, String password) throws Exception {
		AgentSession session = new AgentSession();
		String page = session.http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String form = Stream.of(Map.entry("username", email), Map.entry("password", password),
					Map.entry("_csrf", find(page, "name=\"_csrf\" value=\"")))
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<Void> login = session.http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return session;
	}

	/** The masked CSRF token a page of {@code base} carries, as the UI's scripts send it. */
	private String csrf(String base) throws IOException, InterruptedException {
		String page = http.send(HttpRequest.newBuilder(URI.create(base + "/profile")).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body();
		return find(page, "name=\"_csrf\" content=\"");
	}

	private static String find(String page, String before) {
		int start = page.indexOf(before);
		assertThat(start).as("a CSRF token in the page").isNotNegative();
		start += before.length();
		return page.substring(start, page.indexOf('"', start));
	}

	/** Opens the event stream on {@code base} (any node) and waits for its {@code hello}. */
	public void listen(String base) throws Exception {
		stream = http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/live/events"))
			.header("Accept", "text/event-stream")
			.GET()
			.build(), HttpResponse.BodyHandlers.fromLineSubscriber(new java.util.concurrent.Flow.Subscriber<String>() {
				private String name = "message";

				@Override
				public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
					subscription.request(Long.MAX_VALUE);
				}

				@Override
				public void onNext(String line) {
					if (line.startsWith("event:")) {
						name = line.substring(6).strip();
					}
					else if (line.startsWith("data:")) {
						Event event = new Event(name, JSON.readTree(line.substring(5).strip()));
						watcher.accept(event);
						events.add(event);
					}
					else if (line.isEmpty()) {
						name = "message";
					}
				}

				@Override
				public void onError(Throwable throwable) {
				}

				@Override
				public void onComplete() {
				}
			}));
		next(e -> e.name().equals("hello"), Duration.ofSeconds(10));
	}

	/** The next event that matches, skipping others; fails after {@code timeout}. */
	public Event next(Predicate<Event> wanted, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			long left = deadline - System.nanoTime();
			Event event = left > 0 ? events.poll(left, TimeUnit.NANOSECONDS) : null;
			if (event == null) {
				throw new AssertionError("no matching live event within " + timeout);
			}
			if (wanted.test(event)) {
				return event;
			}
		}
	}

	/**
	 * Opens the event stream on {@code base} over a raw socket with a tiny receive buffer and does not read it: a
	 * client whose network stalled. The request asks the server to close the connection when the stream ends.
	 */
	public java.net.Socket listenWithoutReading(String base) throws IOException {
		URI uri = URI.create(base);
		String cookie = cookies.getCookieStore().get(uri).stream()
			.map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		java.net.Socket socket = new java.net.Socket();
		socket.setReceiveBufferSize(2048);
		socket.connect(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
		socket.getOutputStream().write(("GET /live/events HTTP/1.1\r\nHost: " + uri.getAuthority()
				+ "\r\nAccept: text/event-stream\r\nConnection: close\r\nCookie: " + cookie + "\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		socket.getOutputStream().flush();
		return socket;
	}

	public int post(String base, String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("X-XSRF-TOKEN", csrf(base))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	@Override
	public void close() {
		if (stream != null) {
			stream.cancel(true);
		}
	}
}
