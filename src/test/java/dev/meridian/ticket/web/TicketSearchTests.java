package dev.meridian.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import dev.meridian.ApiTestSupport;
import dev.meridian.ticket.MessageId;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.Tickets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Text search on the full-text index through GET /api/v1/tickets?text=. */
class TicketSearchTests extends ApiTestSupport {

	@Autowired
	Tickets tickets;

	@BeforeEach
	void indexReady() {
		awaitSearchIndex();
	}

	@Test
	void findsOtherFormsOfAWordInTheMessagesLanguage() {
		String tag = "s-" + unique();
		JsonNode german = open(tag, "Frage", "Guten Tag, ich warte seit zwei Wochen auf meine Bestellung. Wo ist das Paket?");
		JsonNode english = open(tag, "Question", "Hello, the shoes I ordered were refunded twice, please check my account.");
		JsonNode japanese = open(tag, "お問い合わせ", "先週注文した商品がまだ届きません。配送状況を確認していただけますか。");
		JsonNode chinese = open(tag, "咨询", "你好，我想申请退款，收到的商品有质量问题，请尽快处理。");

		assertThat(language(german)).isEqualTo("de");
		assertThat(language(japanese)).isEqualTo("ja");
		assertThat(language(chinese)).startsWith("zh");
		assertThat(search(tag, "Bestellungen")).containsExactly(id(german));
		assertThat(search(tag, "refunds")).containsExactly(id(english));
		assertThat(search(tag, "注文する")).containsExactly(id(japanese));
		assertThat(search(tag, "退款申请")).containsExactly(id(chinese));
		assertThat(search(tag, "Paket Wochen")).containsExactly(id(german));
		assertThat(search(tag, "Paket refunded")).isEmpty();
	}

	@Test
	void combinesTextWithFiltersSortAndCursor() {
		String tag = "c-" + unique();
		String word = "kiwi" + unique();
		List<String> opened = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			opened.add(id(open(tag, "Order " + i, "The " + word + " order number " + i + " has not arrived yet.")));
		}
		open(tag, "Other", "Something else entirely, nothing about fruit here.");
		patch(opened.get(1), Map.of("status", "pending"));
		patch(opened.get(3), Map.of("status", "pending"));

		assertThat(walk("tag=" + tag + "&text=" + word + "&sort=oldest&limit=2")).containsExactlyElementsOf(opened);
		List<String> newestFirst = new ArrayList<>(opened);
		Collections.reverse(newestFirst);
		assertThat(walk("tag=" + tag + "&text=" + word + "&sort=newest&limit=2")).containsExactlyElementsOf(newestFirst);
		assertThat(walk("tag=" + tag + "&text=" + word + "&status=pending&sort=oldest&limit=1"))
			.containsExactly(opened.get(1), opened.get(3));
		assertThat(walk("tag=" + tag + "&text=" + word + "&status=new&sort=updated&limit=1"))
			.containsExactlyInAnyOrder(opened.get(0), opened.get(2), opened.get(4));
		assertThat(walk("tag=" + tag + "&text=" + word + "&sort=priority&limit=2")).hasSize(5);
		assertThat(walk("tag=" + tag + "&text=" + word + "&sort=due&limit=2")).hasSize(5);
		assertThat(walk("tag=" + tag + "&text=" + word + "&channel=chat")).isEmpty();
	}

	@Test
	void findsATicketByItsNumber() {
		JsonNode ticket = openTicket("Number " + unique());
		long number = ticket.get("number").asLong();
		assertThat(walk("text=%23" + number)).containsExactly(id(ticket));
		assertThat(walk("text=" + number)).containsExactly(id(ticket));
	}

	@Test
	void followsNewMessagesAndLanguageChanges() {
		String tag = "f-" + unique();
		String word = "lychee" + unique();
		JsonNode ticket = open(tag, "Rücksendungen", "ok");
		assertThat(search(tag, word)).isEmpty();

		Response note = post("/api/v1/tickets/" + id(ticket) + "/messages", adminToken(),
				Map.of("kind", "note", "body", "Customer asked about the " + word + " box."));
		assertThat(note.status()).as(note.text()).isEqualTo(201);
		assertThat(search(tag, word)).containsExactly(id(ticket));

		// Without a language the subject's words match only as written; in German, their other forms too.
		assertThat(search(tag, "Rücksendung")).isEmpty();
		patch(id(ticket), Map.of("language", "de"));
		assertThat(search(tag, "Rücksendung")).containsExactly(id(ticket));

		// A message whose language detection corrects later moves to that language's words.
		Response reply = post("/api/v1/tickets/" + id(ticket) + "/messages", adminToken(),
				Map.of("kind", "outbound", "body", "注文した商品"));
		assertThat(reply.status()).as(reply.text()).isEqualTo(201);
		assertThat(search(tag, "注文する")).isEmpty();
		tickets.setLanguage(new TicketId(Long.parseLong(id(ticket))),
				new MessageId(Long.parseLong(reply.json().get("id").asString())), "ja", 0.9, false);
		assertThat(search(tag, "注文する")).containsExactly(id(ticket));
	}

	@Test
	void searchesOnlyForThoseWhoMayReadTickets() {
		TestAgent integration = newAgent("integration");
		Response refused = get("/api/v1/tickets?text=order", integration.token());
		assertThat(refused.status()).isEqualTo(403);
		Response status = get("/api/v1/search-indexes/tickets", integration.token());
		assertThat(status.status()).isEqualTo(403);
	}

	@Test
	void reportsTheIndexReadyWithItsCount() {
		JsonNode status = get("/api/v1/search-indexes/tickets", adminToken()).json();
		assertThat(status.get("state").asString()).isEqualTo("ready");
		assertThat(status.get("indexed").asLong()).isEqualTo(status.get("total").asLong());
	}

	private JsonNode open(String tag, String subject, String body) {
		Map<String, Object> request = ticketRequest(brand(), subject, uniqueEmail("c"), body);
		request.put("tags", List.of(tag));
		return openTicket(request);
	}

	private void patch(String id, Map<String, Object> changes) {
		Response response = patch("/api/v1/tickets/" + id, adminToken(), changes);
		assertThat(response.status()).as(response.text()).isEqualTo(200);
	}

	private List<String> search(String tag, String text) {
		return walk("tag=" + tag + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
	}

	/** Every page of the list, following the cursor. */
	private List<String> walk(String query) {
		List<String> ids = new ArrayList<>();
		String cursor = null;
		do {
			Response page = get("/api/v1/tickets?" + query + (cursor == null ? "" : "&cursor=" + cursor), adminToken());
			assertThat(page.status()).as(page.text()).isEqualTo(200);
			page.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
			JsonNode next = page.json().get("nextCursor");
			cursor = next == null || next.isNull() ? null : next.asString();
		}
		while (cursor != null);
		return ids;
	}

	private static String language(JsonNode ticket) {
		return ticket.get("language").asString();
	}

	private static String id(JsonNode ticket) {
		return ticket.get("id").asString();
	}
}
