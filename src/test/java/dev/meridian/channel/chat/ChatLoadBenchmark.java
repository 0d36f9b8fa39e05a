package dev.meridian.channel.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.meridian.channel.chat.internal.VisitorConnections;
import dev.meridian.identity.BrandDraft;
import dev.meridian.identity.BrandView;
import dev.meridian.identity.Brands;
import dev.meridian.live.AgentSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many widget visitors on WebSockets over the loopback, each writing every few seconds, and one agent's event
 * stream: prints the p50/p90/p99 time from a visitor sending a message to the agent's stream announcing it, the
 * messages stored, and the heap with all connections open. Off unless asked:
 * {@code ./mvnw test -Dtest=ChatLoadBenchmark -Dmeridian.bench=true -Dmeridian.bench.connections=1000
 * -Dmeridian.bench.interval-ms=5000 -Dmeridian.bench.seconds=60}. Results are in docs/performance.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"meridian.chat.ip-requests-per-minute=10000000", "meridian.chat.visitor-messages-per-minute=600",
		"server.tomcat.max-connections=20000", "server.tomcat.threads.max=200" })
@EnabledIfSystemProperty(named = "meridian.bench", matches = "true")
class ChatLoadBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String SHOP = "https://shop.example";

	@LocalServerPort
	int port;

	@Value("${meridian.identity.admin-email}")
	String adminEmail;

	@Value("${meridian.identity.admin-password}")
	String adminPassword;

	@Autowired
	Brands brands;

	@Autowired
	ChatOrigins origins;

	@Autowired
	VisitorConnections connections;

	@Test
	void manyVisitorsWriteWhileAnAgentWatches() throws Exception {
		int count = Integer.getInteger("meridian.bench.connections", 1000);
		long interval = Long.getLong("meridian.bench.interval-ms", 5000);
		long seconds = Long.getLong("meridian.bench.seconds", 60);
		String base = "http://127.0.0.1:" + port;
		BrandView brand = brands.create(new BrandDraft("Bench " + UUID.randomUUID().toString().substring(0, 6), null,
				List.of()));
		origins.replace(brand.id(), List.of(SHOP));
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

		Map<String, Long> sentAt = new ConcurrentHashMap<>();
		Map<String, Long> seenAt = new ConcurrentHashMap<>();
		Map<String, String> messageOfClient = new ConcurrentHashMap<>();
		AgentSession agent = AgentSession.signIn(base, adminEmail, adminPassword);
		agent.watch(event -> {
			if (event.name().equals("message") && brand.id().toString().equals(event.data().path("brand").asString())) {
				seenAt.putIfAbsent(event.data().get("message").asString(), System.nanoTime());
			}
		});
		agent.listen(base);

		System.gc();
		long heapBefore = usedHeap();
		long started = System.nanoTime();
		List<WebSocket> sockets = new ArrayList<>();
		AtomicInteger errors = new AtomicInteger();
		for (int i = 0; i < count; i++) {
			HttpResponse<String> session = http.send(HttpRequest.newBuilder(URI.create(base + "/widget/api/session?brand="
					+ brand.id()))
				.header("Origin", SHOP)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			String token = JSON.readTree(session.body()).get("token").asString();
			sockets.add(http.newWebSocketBuilder()
				.header("Origin", SHOP)
				.buildAsync(URI.create("ws://127.0.0.1:" + port + "/widget/ws?brand=" + brand.id() + "&token=" + token),
						new WebSocket.Listener() {
							private final StringBuilder text = new StringBuilder();

							@Override
							public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
								text.append(data);
								if (last) {
									JsonNode frame = JSON.readTree(text.toString());
									text.setLength(0);
									if (frame.path("type").asString().equals("ack")) {
										JsonNode message = frame.get("message");
										messageOfClient.put(message.get("clientId").asString(), message.get("id").asString());
									}
									else if (frame.path("type").asString().equals("error")) {
										errors.incrementAndGet();
									}
								}
								socket.request(1);
								return null;
							}
						})
				.join());
		}
		System.out.printf("BENCH %d WebSockets open in %.1f s; node holds %d widget connections%n", count,
				(System.nanoTime() - started) / 1e9, connections.size());
		System.gc();
		long heapConnected = usedHeap();

		ScheduledExecutorService senders = Executors.newScheduledThreadPool(4);
		AtomicInteger sent = new AtomicInteger();
		for (int i = 0; i < sockets.size(); i++) {
			WebSocket socket = sockets.get(i);
			String visitor = "v" + i;
			senders.scheduleAtFixedRate(() -> {
				String clientId = visitor + "-" + UUID.randomUUID().toString().substring(0, 12);
				sentAt.put(clientId, System.nanoTime());
				sent.incrementAndGet();
				synchronized (socket) {
					socket.sendText("{\"type\":\"message\",\"clientId\":\"" + clientId + "\",\"text\":\"Where is my order "
							+ ThreadLocalRandom.current().nextInt(100000) + "?\"}", true).join();
				}
			}, ThreadLocalRandom.current().nextLong(interval), interval, TimeUnit.MILLISECONDS);
		}
		Thread.sleep(seconds * 1000);
		senders.shutdownNow();
		// Let the backlog drain: wait until the agent has seen nothing new for 6 s (at most 2 minutes).
		long drainUntil = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		int lastSeen = -1;
		while (System.nanoTime() < drainUntil && seenAt.size() != lastSeen) {
			lastSeen = seenAt.size();
			Thread.sleep(6_000);
		}
		System.gc();
		long heapLoaded = usedHeap();

		long[] latencies = sentAt.entrySet().stream()
			.map(e -> {
				String message = messageOfClient.get(e.getKey());
				Long seen = message == null ? null : seenAt.get(message);
				return seen == null ? null : (seen - e.getValue()) / 1_000_000;
			})
			.filter(java.util.Objects::nonNull)
			.mapToLong(Long::longValue)
			.sorted()
			.toArray();
		System.out.printf("BENCH %d connections, a message each every %d ms for %d s: sent %d, stored %d, seen by the "
				+ "agent %d, errors %d%n", count, interval, seconds, sent.get(), messageOfClient.size(), latencies.length,
				errors.get());
		if (latencies.length > 0) {
			System.out.printf("BENCH delivery to the agent: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n",
					at(latencies, 50), at(latencies, 90), at(latencies, 99), latencies[latencies.length - 1]);
		}
		System.out.printf("BENCH heap after GC: %d MB before, %d MB with the connections open, %d MB after the load "
				+ "(max %d MB); load average %.1f on %d cores%n", heapBefore >> 20, heapConnected >> 20, heapLoaded >> 20,
				Runtime.getRuntime().maxMemory() >> 20, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().availableProcessors());
		sockets.forEach(s -> s.abort());
		agent.close();
		assertThat(latencies.length).isPositive();
	}

	private static long at(long[] sorted, int percentile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
	}

	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

}
