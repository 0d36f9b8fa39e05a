package dev.meridian.channel.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import dev.meridian.ApiTestSupport;
import dev.meridian.channel.chat.internal.ChatConversations;
import dev.meridian.channel.chat.internal.VisitorTokens;
import dev.meridian.identity.AgentId;
import dev.meridian.identity.BrandId;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.MessageBody;
import dev.meridian.ticket.MessageKind;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The chat widget over real HTTP and WebSocket: the script (size, language), allowed origins, visitor tokens that
 * cannot be forged, messages stored once per client id, catching up after a drop, the offline path to email, and
 * the rate limit.
 */
class ChatWidgetIntegrationTests extends ApiTestSupport {

	private static final String SHOP = "https://shop.example";
	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Autowired
	Tickets tickets;

	@Autowired
	ChatOrigins origins;

	@Autowired
	ChatConversations conversations;

	@Autowired
	VisitorTokens tokens;

	@Test
	void widgetScriptIsSmallAndSpeaksTheVisitorsLanguage() throws Exception {
		String brand = brand();
		HttpResponse<byte[]> english = script(brand, "en-US,en;q=0.9");
		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(english.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
		ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
			gzip.write(english.body());
		}
		assertThat(gzipped.size()).as("gzipped widget.js").isLessThan(40 * 1024);
		assertThat(text(english)).contains("attachShadow").contains("Chat with us");

		assertThat(text(script(brand, "ja-JP,ja;q=0.9"))).contains("チャットで問い合わせる");
		assertThat(text(script(brand, "zh-HK,zh;q=0.9"))).contains("線上諮詢");
		assertThat(text(script(brand, "zh-CN"))).contains("在线咨询");
		assertThat(text(script(brand, "de-AT"))).contains("Chatten Sie mit uns");
		assertThat(text(script(brand, "fr-CA"))).contains("Discutez avec nous");
		assertThat(text(script(brand, "es-MX"))).contains("Chatea con nosotros");
		assertThat(text(script(brand, "ko-KR"))).contains("Chat with us");
	}

	@Test
	void adminSetsAllowedOriginsThroughTheApiNormalized() {
		String brand = newBrand();
		Response put = sendJson("PUT", "/api/v1/brands/" + brand + "/chat-origins", adminToken(),
				Map.of("origins", List.of("HTTPS://Shop.Example:443/", "http://localhost:3000")), Map.of());
		assertThat(put.status()).as(put.text()).isEqualTo(200);
		assertThat(put.json().get("origins").toString()).isEqualTo("[\"https://shop.example\",\"http://localhost:3000\"]");
		assertThat(get("/api/v1/brands/" + brand + "/chat-origins", adminToken()).json().get("origins").size()).isEqualTo(2);

		Response bad = sendJson("PUT", "/api/v1/brands/" + brand + "/chat-origins", adminToken(),
				Map.of("origins", List.of("javascript:alert(1)")), Map.of());
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.errorCode()).isEqualTo("chat.invalid_origin");

		TestAgent agent = newAgent("agent");
		assertThat(sendJson("PUT", "/api/v1/brands/" + brand + "/chat-origins", agent.token(),
				Map.of("origins", List.of(SHOP)), Map.of()).status()).isEqualTo(403);
	}

	@Test
	void forgedTokensAndForeignOriginsAreRefused() throws Exception {
		String brand = chatBrand();
		String other = chatBrand();
		String token = session(brand, SHOP).get("token").asString();

		String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
		HttpResponse<String> refused = widget("POST", "/widget/api/messages?brand=" + brand + "&token=" + forged, SHOP,
				message("forged-0001", "hello"));
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).contains("chat.invalid_token");

		String otherVisitor = token.replaceFirst("^v1\\." + brand + "\\.[0-9a-f-]+", "v1." + brand + "." + UUID.randomUUID());
		assertThat(widget("GET", "/widget/api/messages?brand=" + brand + "&token=" + otherVisitor, SHOP, null)
			.statusCode()).isEqualTo(401);
		assertThat(widget("GET", "/widget/api/messages?brand=" + other + "&token=" + token, SHOP, null).statusCode())
			.as("a token of another brand").isEqualTo(401);

		HttpResponse<String> foreign = widget("POST", "/widget/api/messages?brand=" + brand + "&token=" + token,
				"https://evil.example", message("foreign-0001", "hello"));
		assertThat(foreign.statusCode()).isEqualTo(403);
		assertThat(foreign.body()).contains("chat.origin_refused");
		assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(widget("POST", "/widget/api/messages?brand=" + brand + "&token=" + token, null,
				message("noorigin-01", "hello")).statusCode()).isEqualTo(403);

		HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(uri("/widget/api/messages?brand=" + brand))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", SHOP)
			.header("Access-Control-Request-Method", "POST")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(preflight.statusCode()).isEqualTo(204);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(SHOP);

		assertThat(openSocket(brand, forged, SHOP)).as("socket with a forged token").isNull();
		assertThat(openSocket(brand, token, "https://evil.example")).as("socket from a foreign origin").isNull();
	}

	@Test
	void aResentMessageIsStoredOnceAndTheVisitorCatchesUpOnMissedReplies() throws Exception {
		String brand = chatBrand();
		String token = session(brand, SHOP).get("token").asString();
		String path = "/widget/api/messages?brand=" + brand + "&token=" + token;

		HttpResponse<String> first = widget("POST", path, SHOP, message("client-0001", "Is the jacket waterproof?"));
		HttpResponse<String> again = widget("POST", path, SHOP, message("client-0001", "Is the jacket waterproof?"));
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		JsonNode stored = JSON.readTree(first.body());
		assertThat(JSON.readTree(again.body()).get("id")).isEqualTo(stored.get("id"));
		assertThat(stored.get("clientId").asString()).isEqualTo("client-0001");
		assertThat(first.headers().firstValue("Access-Control-Allow-Origin")).contains(SHOP);

		TicketId ticket = ticketOf(brand, token);
		TicketView view = tickets.get(ticket);
		assertThat(view.channel()).isEqualTo(Channel.CHAT);
		assertThat(tickets.conversation(ticket)).filteredOn(m -> m.kind() == MessageKind.INBOUND).hasSize(1);

		tickets.reply(ticket, AgentId.parse(newAgent("agent").id()), MessageBody.text("Yes, 20,000 mm."), null);
		JsonNode missed = JSON.readTree(widget("GET", path + "&after=" + stored.get("id").asString(), SHOP, null).body());
		assertThat(missed.get("items")).hasSize(1);
		assertThat(missed.get("items").get(0).get("from").asString()).isEqualTo("agent");
		assertThat(missed.get("items").get(0).get("text").asString()).isEqualTo("Yes, 20,000 mm.");

		JsonNode resumed = session(brand, SHOP, token);
		assertThat(resumed.get("token").asString()).as("the same visitor after a reload").isEqualTo(token);
		assertThat(resumed.get("items")).hasSize(2);
	}

	@Test
	void theWebSocketAcknowledgesMessagesAndPushesAgentReplies() throws Exception {
		String brand = chatBrand();
		String token = session(brand, SHOP).get("token").asString();
		BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
		WebSocket socket = greetedSocket(brand, token, frames);

		socket.sendText(JSON.writeValueAsString(Map.of("type", "message", "clientId", "socket-0001", "text",
				"Do you ship to Norway?")), true).join();
		JsonNode ack = next(frames, "ack");
		assertThat(ack.get("message").get("clientId").asString()).isEqualTo("socket-0001");
		TicketId ticket = ticketOf(brand, token);

		tickets.reply(ticket, AgentId.parse(newAgent("agent").id()), MessageBody.text("We do, in 3 to 5 days."), null);
		JsonNode pushed = next(frames, "message");
		while (!pushed.get("message").get("from").asString().equals("agent")) {
			pushed = next(frames, "message");
		}
		assertThat(pushed.get("message").get("text").asString()).isEqualTo("We do, in 3 to 5 days.");

		socket.sendText(JSON.writeValueAsString(Map.of("type", "sync", "after", 0)), true).join();
		assertThat(next(frames, "messages").get("items")).hasSize(2);
		socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
	}

	@Test
	void aMessageLeftWhileNobodyIsAvailableOpensAnEmailTicket() throws Exception {
		String brand = chatBrand();
		String token = session(brand, SHOP).get("token").asString();
		String email = uniqueEmail("offline");
		Map<String, Object> body = Map.of("clientId", "offline-0001", "email", email, "name", "Ines Ortega", "text",
				"Can I still change the size of order 4411?");
		HttpResponse<String> left = widget("POST", "/widget/api/offline?brand=" + brand + "&token=" + token, SHOP, body);
		assertThat(left.statusCode()).as(left.body()).isEqualTo(200);
		long number = JSON.readTree(left.body()).get("ticketNumber").asLong();
		assertThat(JSON.readTree(widget("POST", "/widget/api/offline?brand=" + brand + "&token=" + token, SHOP, body)
			.body()).get("ticketNumber").asLong()).as("a resend opens nothing new").isEqualTo(number);

		TicketView ticket = tickets.byNumber(number).orElseThrow();
		assertThat(ticket.channel()).as("answered by email").isEqualTo(Channel.EMAIL);
		assertThat(ticket.tags()).contains("chat-offline");
		assertThat(ticket.brand()).isEqualTo(BrandId.parse(brand));
	}

	@Test
	void aVisitorWhoWritesTooFastIsSlowedDown() throws Exception {
		String brand = chatBrand();
		String token = session(brand, SHOP).get("token").asString();
		HttpResponse<String> last = null;
		for (int i = 0; i < 40; i++) {
			last = widget("POST", "/widget/api/messages?brand=" + brand + "&token=" + token, SHOP,
					message("burst-" + String.format("%04d", i), "message " + i));
			if (last.statusCode() == 429) {
				break;
			}
		}
		assertThat(last.statusCode()).isEqualTo(429);
		assertThat(last.body()).contains("chat.too_many_messages");
		assertThat(last.headers().firstValue("Retry-After")).isPresent();
	}

	@Test
	void overTheSocketAVisitorWhoWritesTooFastIsToldWhenToResendAndKeepsTheConnection() throws Exception {
		String brand = chatBrand();
		String token = session(brand, SHOP).get("token").asString();
		BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
		WebSocket socket = greetedSocket(brand, token, frames);
		for (int i = 0; i < 40; i++) {
			socket.sendText(JSON.writeValueAsString(Map.of("type", "message", "clientId",
					"socket-burst-" + String.format("%04d", i), "text", "message " + i)), true).join();
		}

		JsonNode refused = next(frames, "error");
		assertThat(refused.get("code").asString()).isEqualTo("chat.too_many_messages");
		assertThat(refused.get("clientId").asString()).startsWith("socket-burst-");
		assertThat(refused.get("retryAfter").asLong()).isPositive();
		socket.sendText(JSON.writeValueAsString(Map.of("type", "sync", "after", 0)), true).join();
		assertThat(next(frames, "messages").get("items")).as("the socket stays open").isNotEmpty();
		socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
	}

	// ---- helpers ----

	/** A widget socket from the shop's page that the server has greeted. */
	private WebSocket greetedSocket(String brand, String token, BlockingQueue<JsonNode> frames) throws Exception {
		WebSocket socket = openSocket(brand, token, SHOP, frames);
		assertThat(socket).isNotNull();
		assertThat(next(frames, "hello")).isNotNull();
		return socket;
	}

	private String chatBrand() {
		String brand = newBrand();
		origins.replace(BrandId.parse(brand), List.of(SHOP));
		return brand;
	}

	private static Map<String, Object> message(String clientId, String text) {
		return Map.of("clientId", clientId, "text", text);
	}

	private JsonNode session(String brand, String origin) throws Exception {
		return session(brand, origin, null);
	}

	private JsonNode session(String brand, String origin, @Nullable String token) throws Exception {
		HttpResponse<String> response = widget("POST", "/widget/api/session?brand=" + brand, origin,
				token == null ? Map.of() : Map.of("token", token));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private TicketId ticketOf(String brand, String token) {
		return conversations.currentTicket(tokens.verify(BrandId.parse(brand), token).orElseThrow()).orElseThrow();
	}

	private HttpResponse<String> widget(String method, String path, @Nullable String origin, @Nullable Object body)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (origin != null) {
			request.header("Origin", origin);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<byte[]> script(String brand, String language) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(uri("/widget.js?brand=" + brand)).header("Accept-Language", language)
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	private @Nullable WebSocket openSocket(String brand, String token, String origin) {
		return openSocket(brand, token, origin, new LinkedBlockingQueue<>());
	}

	private @Nullable WebSocket openSocket(String brand, String token, String origin, BlockingQueue<JsonNode> frames) {
		try {
			return HTTP.newWebSocketBuilder()
				.header("Origin", origin)
				.buildAsync(URI.create("ws://127.0.0.1:" + port + "/widget/ws?brand=" + brand + "&token=" + token),
						new WebSocket.Listener() {
							private final StringBuilder text = new StringBuilder();

							@Override
							public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
								text.append(data);
								if (last) {
									frames.add(JSON.readTree(text.toString()));
									text.setLength(0);
								}
								socket.request(1);
								return null;
							}
						})
				.join();
		}
		catch (CompletionException refused) {
			return null;
		}
	}

	private static JsonNode next(BlockingQueue<JsonNode> frames, String type) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode frame = frames.poll(200, TimeUnit.MILLISECONDS);
			if (frame != null && type.equals(frame.get("type").asString())) {
				return frame;
			}
		}
		throw new AssertionError("no '" + type + "' frame within 10 s");
	}
}
