package dev.meridian.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import dev.meridian.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Language detection through the ticket API: set in the response to the request that brings the message. */
class MessageLanguageIntegrationTests extends ApiTestSupport {

	@Test
	void germanTicketIsGermanInTheResponseThatOpensIt() {
		JsonNode ticket = open(
				"Hallo, wo bleibt meine Bestellung? Ich habe vor zwei Wochen bezahlt und noch nichts bekommen.");

		assertThat(ticket.get("language").asString()).isEqualTo("de");
		JsonNode message = messages(ticket).get(0);
		assertThat(message.get("language").asString()).isEqualTo("de");
		assertThat(message.get("languageConfidence").asDouble()).isBetween(0.05, 1.0);
		assertThat(customerLanguage(ticket)).isEqualTo("de");
	}

	@Test
	void shortRepliesAndOrderNumbersDoNotMoveTheTicketsLanguage() {
		JsonNode ticket = open("Guten Tag, das Paket ist beschädigt angekommen und die Vase ist zerbrochen.");

		for (String reply : List.of("ok", "Thank you", "302-1234567-1234567", "ありがとう", "👍")) {
			JsonNode message = customerWrites(ticket, reply);
			assertThat(message.get("language").asString()).as(reply).isEqualTo("und");
			assertThat(message.get("languageConfidence").isNull()).as(reply).isTrue();
		}
		assertThat(reload(ticket).get("language").asString()).isEqualTo("de");
		assertThat(customerLanguage(ticket)).isEqualTo("de");
	}

	@Test
	void japaneseMessageIsJapaneseAndTheTicketFollowsIt() {
		JsonNode ticket = open("Hallo, ich möchte die Schuhe zurückschicken, sie sind leider zu klein.");

		JsonNode japanese = customerWrites(ticket, "すみません、日本語で書いてもいいですか？返品の手続きを教えてください。");

		assertThat(japanese.get("language").asString()).isEqualTo("ja");
		assertThat(reload(ticket).get("language").asString()).isEqualTo("ja");
		assertThat(messages(ticket).get(0).get("language").asString()).isEqualTo("de");
		assertThat(customerLanguage(ticket)).isEqualTo("ja");
	}

	@Test
	void englishMessageWithJapaneseSignatureKeepsAnEnglishTicketEnglish() {
		JsonNode ticket = open("Hi, my parcel was marked as delivered but I never received it. Can you check?");

		JsonNode message = customerWrites(ticket, "Any news on this? The courier says they left it at the door.\n\n"
				+ "山田太郎\n株式会社ヤマダ商事\n東京都渋谷区神南1-2-3");

		assertThat(message.get("language").asString()).isEqualTo("en");
		assertThat(reload(ticket).get("language").asString()).isEqualTo("en");
	}

	@Test
	void agentsRepliesAndNotesGetNoLanguage() {
		JsonNode ticket = open("Bonjour, je n'ai toujours pas reçu ma commande passée il y a dix jours.");

		for (String kind : List.of("outbound", "note")) {
			JsonNode message = write(ticket, Map.of("kind", kind,
					"body", "Thanks for waiting, the warehouse shipped your parcel this morning."));
			assertThat(message.get("language").isNull()).as(kind).isTrue();
		}
		assertThat(reload(ticket).get("language").asString()).isEqualTo("fr");
	}

	@Test
	void agentsCorrectionSticksUntilTheCustomerSwitchesLanguage() {
		JsonNode ticket = open("Hola, todavía no me ha llegado el pedido que hice hace dos semanas.");
		assertThat(ticket.get("language").asString()).isEqualTo("es");

		Response corrected = change(ticket, "{\"language\": \"pt-BR\"}");
		assertThat(corrected.status()).as(corrected.text()).isEqualTo(200);
		assertThat(corrected.json().get("language").asString()).isEqualTo("pt-BR");
		JsonNode spanish = customerWrites(ticket, "¿Me pueden decir cuándo llega? Ya pasaron quince días.");
		assertThat(spanish.get("language").asString()).isEqualTo("es");
		assertThat(reload(ticket).get("language").asString()).isEqualTo("pt-BR");

		customerWrites(ticket, "Sorry, let me write in English: the parcel still has not arrived, can you check?");
		assertThat(reload(ticket).get("language").asString()).isEqualTo("en");
	}

	@Test
	void agentSetsLanguageAsBcp47TagOrHandsItBackToDetection() {
		JsonNode ticket = open("你好，我上週訂的商品到現在還沒收到。");
		assertThat(ticket.get("language").asString()).isEqualTo("zh-TW");

		Response invalid = change(ticket, "{\"language\": \"klingon\"}");
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.errorCode()).isEqualTo("language.invalid");
		assertThat(change(ticket, "{\"language\": 42}").status()).isEqualTo(400);
		assertThat(change(ticket, "{\"language\": \"zh_cn\"}").json().get("language").asString()).isEqualTo("zh-CN");
		assertThat(change(ticket, "{\"language\": null}").json().get("language").isNull()).isTrue();

		customerWrites(ticket, "請問可以幫我查一下物流資訊嗎？已經等很久了。");
		assertThat(reload(ticket).get("language").asString()).isEqualTo("zh-TW");
	}

	private JsonNode open(String body) {
		return openTicket(ticketRequest(brand(), "Order question", uniqueEmail("buyer"), body));
	}

	private JsonNode customerWrites(JsonNode ticket, String body) {
		return write(ticket, Map.of("kind", "inbound", "body", body));
	}

	private JsonNode write(JsonNode ticket, Map<String, String> message) {
		Response response = post("/api/v1/tickets/" + id(ticket) + "/messages", adminToken(), message);
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response.json();
	}

	private Response change(JsonNode ticket, String body) {
		return patch("/api/v1/tickets/" + id(ticket), adminToken(), body);
	}

	private JsonNode reload(JsonNode ticket) {
		Response response = get("/api/v1/tickets/" + id(ticket), adminToken());
		assertThat(response.status()).isEqualTo(200);
		return response.json();
	}

	private List<JsonNode> messages(JsonNode ticket) {
		Response response = get("/api/v1/tickets/" + id(ticket) + "/messages", adminToken());
		assertThat(response.status()).isEqualTo(200);
		return StreamSupport.stream(response.json().get("items").spliterator(), false).toList();
	}

	private String customerLanguage(JsonNode ticket) {
		Response response = get("/api/v1/customers/" + ticket.get("customer").get("id").asString(), adminToken());
		assertThat(response.status()).isEqualTo(200);
		return response.json().get("language").asString();
	}

	private static String id(JsonNode ticket) {
		return ticket.get("id").asString();
	}
}
