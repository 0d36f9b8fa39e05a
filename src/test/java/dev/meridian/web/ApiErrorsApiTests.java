package dev.meridian.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import dev.meridian.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input and missing rights are answered with the documented JSON error and status, never with a 500. */
class ApiErrorsApiTests extends ApiTestSupport {

	// ---- malformed bodies ----

	@ParameterizedTest
	@ValueSource(strings = { "{\"subject\": ", "not json", "[]", "\"text\"", "null", "", "{\"subject\": \"x\",}" })
	void refusesMalformedTicketBody(String body) {
		assertError(post("/api/v1/tickets", adminToken(), body), 400);
	}

	@Test
	void refusesUnknownFields() {
		Map<String, Object> ticket = ticketRequest(brand(), "Unknown", uniqueEmail("u"), "x");
		ticket.put("sneaky", true);
		assertError(post("/api/v1/tickets", adminToken(), ticket), 400, "request.malformed");
		String id = openTicket("Patch me").get("id").asString();
		assertError(patch("/api/v1/tickets/" + id, adminToken(), Map.of("status", "open", "number", 1)), 400,
				"ticket.unknown_field");
		assertError(post("/api/v1/brands", adminToken(), Map.of("name", "B " + unique(), "owner", "me")), 400,
				"request.malformed");
		assertError(post("/api/v1/teams", adminToken(), Map.of("name", "T " + unique(), "timeZone", "UTC", "x", 1)), 400,
				"request.malformed");
		assertError(post("/api/v1/customers", adminToken(), Map.of("email", uniqueEmail("c"), "vip", true)), 400,
				"request.malformed");
		assertError(post("/api/v1/agents", adminToken(), Map.of("name", "A", "email", uniqueEmail("a"), "role", "agent",
				"passwordHash", "x")), 400, "request.malformed");
		assertError(post("/api/v1/tickets/" + id + "/messages", adminToken(), Map.of("body", "x", "cc", "a@b.c")), 400,
				"request.malformed");
	}

	@Test
	void refusesWrongTypes() {
		assertError(post("/api/v1/tickets", adminToken(), "{\"subject\":123,\"customer\":\"x\"}"), 400);
		Map<String, Object> stringTags = ticketRequest(brand(), "Types", uniqueEmail("t"), "x");
		stringTags.put("tags", "refund");
		assertError(post("/api/v1/tickets", adminToken(), stringTags), 400);
		Map<String, Object> objectBrand = ticketRequest(brand(), "Types", uniqueEmail("t"), "x");
		objectBrand.put("brand", Map.of("id", brand()));
		assertError(post("/api/v1/tickets", adminToken(), objectBrand), 400);
		Map<String, Object> stringMessage = ticketRequest(brand(), "Types", uniqueEmail("t"), "x");
		stringMessage.put("message", "hello");
		assertError(post("/api/v1/tickets", adminToken(), stringMessage), 400);

		String id = openTicket("Typed patch").get("id").asString();
		for (String body : List.of("{\"status\": 5}", "{\"tags\": \"refund\"}", "{\"tags\": [1]}", "{\"tags\": [null]}",
				"{\"assignee\": 5}", "{\"subject\": null}", "{\"priority\": []}", "[]", "\"open\"", "null")) {
			assertError(patch("/api/v1/tickets/" + id, adminToken(), body), 400);
		}
		assertError(post("/api/v1/agents", adminToken(), Map.of("name", "A", "email", uniqueEmail("a"), "role", "agent",
				"tier", "high")), 400, "request.malformed");
		assertError(post("/api/v1/agents", adminToken(), "{\"name\":\"A\",\"email\":\"" + uniqueEmail("a")
				+ "\",\"role\":\"agent\",\"capacity\":null,\"enabled\":\"yes please\"}"), 400, "request.malformed");
		assertError(post("/api/v1/brands", adminToken(), Map.of("name", "B " + unique(), "marketplaces", "amazon-de")), 400,
				"request.malformed");
	}

	@Test
	void refusesNullsInsideLists() {
		Map<String, Object> ticket = ticketRequest(brand(), "Null tag", uniqueEmail("n"), "x");
		ticket.put("tags", Arrays.asList("ok", null));
		assertError(post("/api/v1/tickets", adminToken(), ticket), 400);
		String id = openTicket("Null attachment").get("id").asString();
		assertError(post("/api/v1/tickets/" + id + "/messages", adminToken(),
				"{\"body\": \"x\", \"attachments\": [null]}"), 400);
		assertError(post("/api/v1/brands", adminToken(),
				"{\"name\": \"B " + unique() + "\", \"marketplaces\": [\"amazon-de\", null]}"), 400);
		assertError(post("/api/v1/agents", adminToken(), "{\"name\": \"A\", \"email\": \"" + uniqueEmail("a")
				+ "\", \"role\": \"agent\", \"languages\": [null]}"), 400);
		assertError(post("/api/v1/agents", adminToken(), "{\"name\": \"A\", \"email\": \"" + uniqueEmail("a")
				+ "\", \"role\": \"agent\", \"teams\": [null]}"), 400);
		assertError(post("/api/v1/agents", adminToken(), "{\"name\": \"A\", \"email\": \"" + uniqueEmail("a")
				+ "\", \"role\": \"agent\", \"skills\": [null]}"), 400);
		assertError(post("/api/v1/customers", adminToken(), "{\"identities\": [null]}"), 400);
	}

	@Test
	void refusesMissingFields() {
		assertError(post("/api/v1/tickets", adminToken(), Map.of()), 400, "ticket.fields_required");
		Map<String, Object> noBrand = ticketRequest(brand(), "No brand", uniqueEmail("m"), "x");
		noBrand.remove("brand");
		assertError(post("/api/v1/tickets", adminToken(), noBrand), 400, "ticket.fields_required");
		Map<String, Object> anonymous = ticketRequest(brand(), "No customer", uniqueEmail("m"), "x");
		anonymous.put("customer", Map.of("name", "Nobody"));
		assertError(post("/api/v1/tickets", adminToken(), anonymous), 400, "ticket.customer_required");
		Map<String, Object> emptyMessage = ticketRequest(brand(), "No text", uniqueEmail("m"), "x");
		emptyMessage.put("message", Map.of());
		assertError(post("/api/v1/tickets", adminToken(), emptyMessage), 422, "message.empty");

		String id = openTicket("Missing").get("id").asString();
		assertError(post("/api/v1/tickets/" + id + "/merge", adminToken(), Map.of()), 400, "ticket.merge_target_required");
		assertError(post("/api/v1/tickets/" + id + "/split", adminToken(), Map.of()), 400, "ticket.split_message_required");
		assertError(post("/api/v1/tickets/" + id + "/messages", adminToken(),
				Map.of("body", "x", "attachments", List.of(Map.of("fileName", "a.txt")))), 400, "attachment.fields_required");
		assertError(post("/api/v1/brands", adminToken(), Map.of()), 400, "brand.name_required");
		assertError(post("/api/v1/teams", adminToken(), Map.of("name", "T " + unique())), 400, "team.fields_required");
		assertError(post("/api/v1/agents", adminToken(), Map.of("name", "A")), 400, "agent.fields_required");
		assertError(post("/api/v1/customers", adminToken(), Map.of("name", "C")), 400, "customer.identity_required");
		assertError(post("/api/v1/customers", adminToken(), "{\"identities\": [{\"kind\": \"email\"}]}"), 400);
		assertError(post("/api/v1/customers", adminToken(), "{\"identities\": [{\"value\": \"x\"}]}"), 400);
	}

	// ---- ids, enums, paging ----

	@ParameterizedTest
	@ValueSource(strings = { "abc", "0", "-1", "1.5", "99999999999999999999", "%20" })
	void refusesInvalidIds(String id) {
		for (String collection : List.of("tickets", "brands", "teams", "agents", "customers", "attachments")) {
			Response response = get("/api/v1/" + collection + "/" + id, adminToken());
			assertError(response, 400);
			assertThat(response.errorCode()).endsWith(".invalid_id");
		}
		assertError(get("/api/v1/tickets/" + id + "/messages", adminToken()), 400);
		assertError(patch("/api/v1/tickets/" + id, adminToken(), Map.of("status", "open")), 400);
	}

	@Test
	void refusesInvalidIdsInBodiesAndFilters() {
		String id = openTicket("Ids").get("id").asString();
		assertError(post("/api/v1/tickets", adminToken(), ticketRequest("abc", "x", uniqueEmail("i"), "x")), 400,
				"brand.invalid_id");
		assertError(post("/api/v1/tickets/" + id + "/merge", adminToken(), Map.of("into", "abc")), 400,
				"ticket.invalid_id");
		assertError(post("/api/v1/tickets/" + id + "/split", adminToken(), Map.of("message", "-3")), 400,
				"message.invalid_id");
		assertError(patch("/api/v1/tickets/" + id, adminToken(), Map.of("team", "x")), 400, "team.invalid_id");
		for (String filter : List.of("brand", "assignee", "team", "customer")) {
			assertError(get("/api/v1/tickets?" + filter + "=abc", adminToken()), 400);
		}
		assertError(post("/api/v1/tickets", adminToken(), ticketRequest("" + Long.MAX_VALUE, "x", uniqueEmail("i"), "x")),
				422, "ticket.unknown_brand");
		Map<String, Object> unknownCustomer = ticketRequest(brand(), "x", uniqueEmail("i"), "x");
		unknownCustomer.put("customer", Map.of("id", "" + Long.MAX_VALUE));
		assertError(post("/api/v1/tickets", adminToken(), unknownCustomer), 422, "ticket.unknown_customer");
		assertError(post("/api/v1/tickets/" + id + "/merge", adminToken(), Map.of("into", "" + Long.MAX_VALUE)), 404,
				"ticket.not_found");
	}

	@Test
	void refusesUnknownEnumValues() {
		Map<String, Object> fax = ticketRequest(brand(), "Fax", uniqueEmail("e"), "x");
		fax.put("channel", "fax");
		assertError(post("/api/v1/tickets", adminToken(), fax), 400, "ticket.invalid_channel");
		Map<String, Object> meh = ticketRequest(brand(), "Meh", uniqueEmail("e"), "x");
		meh.put("priority", "meh");
		assertError(post("/api/v1/tickets", adminToken(), meh), 400, "ticket.invalid_priority");
		String id = openTicket("Enums").get("id").asString();
		assertError(patch("/api/v1/tickets/" + id, adminToken(), Map.of("status", "bogus")), 400, "ticket.invalid_status");
		assertError(patch("/api/v1/tickets/" + id, adminToken(), Map.of("priority", "")), 400, "ticket.invalid_priority");
		assertError(post("/api/v1/tickets/" + id + "/messages", adminToken(), Map.of("kind", "sms", "body", "x")), 400,
				"ticket.invalid_kind");
		assertError(post("/api/v1/tickets/" + id + "/messages", adminToken(), Map.of("body", "x", "status", "gone")), 400,
				"ticket.invalid_status");
		assertError(get("/api/v1/tickets?status=open,bogus", adminToken()), 400, "ticket.invalid_status");
		assertError(get("/api/v1/tickets?sort=random", adminToken()), 400, "ticket.invalid_sort");
		assertError(get("/api/v1/tickets?channel=fax", adminToken()), 400, "ticket.invalid_channel");
		assertError(post("/api/v1/agents", adminToken(), Map.of("name", "A", "email", uniqueEmail("a"), "role", "king")),
				400, "agent.invalid_role");
		assertError(post("/api/v1/agents", adminToken(), Map.of("name", "A", "email", uniqueEmail("a"), "role", "agent",
				"status", "asleep")), 400, "agent.invalid_status");
		assertError(post("/api/v1/customers", adminToken(), Map.of("identities", List.of(Map.of("kind", "fax", "value",
				"1")))), 400, "customer.invalid_identity_kind");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "101", "1000", "-1", "abc", "2147483648" })
	void refusesLimitsOutsideOneToHundred(String limit) {
		for (String collection : List.of("tickets", "brands", "teams", "agents", "customers")) {
			assertError(get("/api/v1/" + collection + "?limit=" + limit, adminToken()), 400);
		}
	}

	@Test
	void acceptsLimitsAtTheBounds() {
		assertThat(get("/api/v1/tickets?limit=1", adminToken()).status()).isEqualTo(200);
		assertThat(get("/api/v1/tickets?limit=100", adminToken()).status()).isEqualTo(200);
	}

	@Test
	void refusesCursorsTheServerNeverIssued() {
		List<String> bogus = List.of("!!!", "abc", encode("x\u001fy"), encode("1"), "%00",
				encode("9223372036854775807\u001f5"), encode("-9223372036854775808\u001f5"));
		for (String cursor : bogus) {
			for (String sort : List.of("newest", "oldest", "updated", "priority")) {
				assertError(get("/api/v1/tickets?sort=" + sort + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8),
						adminToken()), 400, "page.invalid_cursor");
			}
		}
		for (String rank : List.of("4", "-1", "99", "65536")) {
			assertError(get("/api/v1/tickets?sort=priority&cursor=" + encode(rank + "\u001f5"), adminToken()), 400,
					"page.invalid_cursor");
		}
		for (String collection : List.of("brands", "teams", "agents", "customers")) {
			assertError(get("/api/v1/" + collection + "?cursor=abc", adminToken()), 400, "page.invalid_cursor");
		}
	}

	@Test
	void refusesCursorOfAnotherSort() {
		String tag = "s-" + unique();
		for (int i = 0; i < 3; i++) {
			Map<String, Object> request = ticketRequest(brand(), "Sorted " + i, uniqueEmail("s"), "x");
			request.put("tags", List.of(tag));
			openTicket(request);
		}
		String newestCursor = get("/api/v1/tickets?tag=" + tag + "&limit=1", adminToken()).json().get("nextCursor")
			.asString();
		assertError(get("/api/v1/tickets?sort=priority&tag=" + tag + "&cursor=" + newestCursor, adminToken()), 400,
				"page.invalid_cursor");
	}

	// ---- sizes ----

	@Test
	void refusesDeclaredOversizedBodyBeforeReadingIt() throws IOException {
		String head = "POST /api/v1/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + adminToken()
				+ "\r\nContent-Type: application/json\r\nContent-Length: " + (40L * 1024 * 1024 + 1)
				+ "\r\nConnection: close\r\n\r\n{";
		RawResponse response = raw(head.getBytes(StandardCharsets.US_ASCII), null);
		assertThat(response.status()).isEqualTo(413);
		assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo("request.too_large");
	}

	@Test
	void refusesChunkedOversizedBody() throws IOException {
		String head = "POST /api/v1/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + adminToken()
				+ "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
		RawResponse response = raw(head.getBytes(StandardCharsets.US_ASCII), 41L * 1024 * 1024);
		assertThat(response.status()).isEqualTo(413);
		assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo("request.too_large");
	}

	@Test
	void refusesOverlongMessage() {
		String id = openTicket("Long").get("id").asString();
		assertError(post("/api/v1/tickets/" + id + "/messages", adminToken(), Map.of("body", "x".repeat(200_001))), 413,
				"message.too_long");
	}

	@Test
	void refusesValuesLongerThanTheirColumnsAsBrokenRules() {
		String longTag = "en-x-aaaaaaaa-bbbbbbbb-cccccccc-dddddddd";
		assertError(post("/api/v1/brands", adminToken(),
				Map.of("name", "B " + unique(), "website", "https://x.example/" + "a".repeat(500))), 422,
				"brand.invalid_website");
		assertError(post("/api/v1/brands", adminToken(), Map.of("name", "B " + unique(), "marketplaces",
				List.of("amazon-" + "d".repeat(60)))), 422, "brand.invalid_marketplace");
		assertError(post("/api/v1/customers", adminToken(), Map.of("email", uniqueEmail("l"), "language", longTag)), 422,
				"language.invalid");
		assertError(post("/api/v1/agents", adminToken(), Map.of("name", "A", "email", uniqueEmail("a"), "role", "agent",
				"languages", List.of(longTag))), 422, "language.invalid");
		assertError(post("/api/v1/agents", adminToken(), Map.of("name", "A", "email", uniqueEmail("a"), "role", "agent",
				"locale", longTag)), 422, "agent.invalid_locale");

		String id = openTicket("Long values").get("id").asString();
		Response oddType = post("/api/v1/tickets/" + id + "/messages", adminToken(), Map.of("body", "x", "attachments",
				List.of(Map.of("fileName", "a.bin", "contentType", "x/" + "y".repeat(300), "data", "AAEC"))));
		assertThat(oddType.status()).as(oddType.text()).isEqualTo(201);
		assertThat(oddType.json().get("attachments").get(0).get("contentType").asString())
			.isEqualTo("application/octet-stream");
		assertError(post("/api/v1/tickets/" + id + "/messages", adminToken(),
				Map.of("html", "x" + "<br>".repeat(600_000))), 413, "message.too_long");
	}

	@Test
	void refusesBodyThatIsNotJson() {
		Response response = send(java.net.http.HttpRequest.newBuilder(uri("/api/v1/tickets"))
			.header("Authorization", "Bearer " + adminToken())
			.header("Content-Type", "text/plain")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("hello")));
		assertError(response, 415, "request.unsupported_media_type");
	}

	@Test
	void answersUnknownEndpointsAndMethodsWithJson() {
		assertError(get("/api/v1/nothing-here", adminToken()), 404);
		String id = openTicket("Method").get("id").asString();
		assertError(sendJson("DELETE", "/api/v1/tickets/" + id, adminToken(), "{}", Map.of()), 405);
		assertError(sendJson("PUT", "/api/v1/brands", adminToken(), "{}", Map.of()), 405);
	}

	// ---- authentication and roles ----

	@Test
	void refusesMissingOrBadTokensWith401() {
		Response none = get("/api/v1/tickets", null);
		assertError(none, 401, "auth.required");
		assertThat(none.header("WWW-Authenticate")).hasValue("Bearer");
		for (String token : List.of("mrd_forged", "garbage", "", adminToken() + "x")) {
			assertError(get("/api/v1/tickets", token), 401, "auth.required");
		}
		String basic = Base64.getEncoder().encodeToString((adminEmail + ":" + adminPassword).getBytes(StandardCharsets.UTF_8));
		assertError(send(java.net.http.HttpRequest.newBuilder(uri("/api/v1/tickets")).header("Authorization", "Basic " + basic)
			.GET()), 401, "auth.required");
		assertError(post("/api/v1/tickets", null, ticketRequest(brand(), "x", uniqueEmail("x"), "x")), 401,
				"auth.required");
		assertError(post("/api/v1/brands", null, Map.of("name", "x")), 401, "auth.required");
	}

	@Test
	void reviewerReadsAndNotesButNeverWritesToCustomers() {
		TestAgent reviewer = newAgent("reviewer");
		String id = openTicket("Reviewed").get("id").asString();

		assertThat(get("/api/v1/tickets/" + id, reviewer.token()).status()).isEqualTo(200);
		assertThat(get("/api/v1/tickets/" + id + "/messages", reviewer.token()).status()).isEqualTo(200);
		Response note = post("/api/v1/tickets/" + id + "/messages", reviewer.token(),
				Map.of("kind", "note", "body", "Tone was fine."));
		assertThat(note.status()).as(note.text()).isEqualTo(201);

		assertError(post("/api/v1/tickets/" + id + "/messages", reviewer.token(), Map.of("body", "Hi customer")), 403,
				"auth.forbidden");
		assertError(post("/api/v1/tickets/" + id + "/messages", reviewer.token(),
				Map.of("kind", "outbound", "body", "Hi")), 403, "auth.forbidden");
		assertError(post("/api/v1/tickets/" + id + "/messages", reviewer.token(), Map.of("kind", "inbound", "body", "Hi")),
				403, "auth.forbidden");
		assertError(patch("/api/v1/tickets/" + id, reviewer.token(), Map.of("status", "open")), 403, "auth.forbidden");
		assertError(post("/api/v1/tickets", reviewer.token(), ticketRequest(brand(), "x", uniqueEmail("r"), "x")), 403,
				"auth.forbidden");
		assertError(post("/api/v1/tickets/" + id + "/merge", reviewer.token(), Map.of("into", id)), 403, "auth.forbidden");
		assertError(post("/api/v1/customers", reviewer.token(), Map.of("email", uniqueEmail("r"))), 403, "auth.forbidden");
		assertThat(get("/api/v1/tickets/" + id, adminToken()).json().get("status").asString()).isEqualTo("new");
	}

	@Test
	void onlyAdminsWriteTheDirectory() {
		TestAgent agent = newAgent("agent");
		TestAgent lead = newAgent("lead");
		for (TestAgent who : List.of(agent, lead)) {
			assertError(post("/api/v1/brands", who.token(), Map.of("name", "Nope " + unique())), 403, "auth.forbidden");
			assertError(patch("/api/v1/brands/" + brand(), who.token(), Map.of("name", "Nope " + unique())), 403,
					"auth.forbidden");
			assertError(post("/api/v1/teams", who.token(), Map.of("name", "Nope " + unique(), "timeZone", "UTC")), 403,
					"auth.forbidden");
			assertError(post("/api/v1/agents", who.token(), Map.of("name", "N", "email", uniqueEmail("n"), "role", "admin")),
					403, "auth.forbidden");
			assertThat(get("/api/v1/brands/" + brand(), who.token()).status()).isEqualTo(200);
			assertThat(get("/api/v1/agents", who.token()).status()).isEqualTo(200);
		}
	}

	// ---- helpers ----

	private static void assertError(Response response, int status) {
		assertThat(response.status()).as("%s", response).isEqualTo(status);
		assertThat(response.header("Content-Type").orElse("")).startsWith("application/json");
		response.errorCode();
	}

	private static void assertError(Response response, int status, String code) {
		assertError(response, status);
		assertThat(response.errorCode()).as("%s", response).isEqualTo(code);
	}

	private static String encode(String raw) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	private record RawResponse(int status, byte[] body) {
	}

	/**
	 * Sends a request over a plain socket, so that the test controls Content-Length and chunking. With
	 * {@code chunkedBytes}, that many bytes of JSON whitespace follow in chunks, then the closing chunk.
	 */
	private RawResponse raw(byte[] head, Long chunkedBytes) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(head);
			if (chunkedBytes != null) {
				byte[] chunk = new byte[64 * 1024];
				Arrays.fill(chunk, (byte) ' ');
				chunk[0] = '{';
				byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
				try {
					for (long sent = 0; sent < chunkedBytes; sent += chunk.length) {
						out.write(size);
						out.write(chunk);
						out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
						chunk[0] = ' ';
					}
					out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				}
				catch (IOException serverStoppedReading) {
					// The server may answer and close before the whole body is sent; the answer is read below.
				}
			}
			out.flush();
			return readResponse(socket.getInputStream());
		}
	}

	/** Reads one response, returning as soon as it is complete: the server may keep the connection open. */
	private static RawResponse readResponse(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		for (int n; (n = in.read(buffer)) != -1;) {
			all.write(buffer, 0, n);
			RawResponse complete = parse(all.toByteArray());
			if (complete != null) {
				return complete;
			}
		}
		RawResponse complete = parse(all.toByteArray());
		assertThat(complete).as("a complete response").isNotNull();
		return complete;
	}

	private static RawResponse parse(byte[] response) {
		String text = new String(response, StandardCharsets.ISO_8859_1);
		int headerEnd = text.indexOf("\r\n\r\n");
		if (headerEnd < 0) {
			return null;
		}
		int status = Integer.parseInt(text.substring(9, 12));
		String headers = text.substring(0, headerEnd).toLowerCase(java.util.Locale.ROOT);
		String body = text.substring(headerEnd + 4);
		var contentLength = java.util.regex.Pattern.compile("content-length: *(\\d+)").matcher(headers);
		if (contentLength.find()) {
			int length = Integer.parseInt(contentLength.group(1));
			return body.length() < length ? null
					: new RawResponse(status, body.substring(0, length).getBytes(StandardCharsets.ISO_8859_1));
		}
		if (!headers.contains("transfer-encoding: chunked")) {
			return null;
		}
		StringBuilder joined = new StringBuilder();
		int at = 0;
		while (true) {
			int lineEnd = body.indexOf("\r\n", at);
			if (lineEnd < 0) {
				return null;
			}
			int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
			if (size == 0) {
				return new RawResponse(status, joined.toString().getBytes(StandardCharsets.ISO_8859_1));
			}
			if (body.length() < lineEnd + 2 + size + 2) {
				return null;
			}
			joined.append(body, lineEnd + 2, lineEnd + 2 + size);
			at = lineEnd + 2 + size + 2;
		}
	}
}
