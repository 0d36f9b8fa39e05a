package dev.meridian.language.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import dev.meridian.customer.CustomerDraft;
import dev.meridian.customer.CustomerView;
import dev.meridian.customer.Customers;
import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.AgentId;
import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.Agents;
import dev.meridian.identity.BrandDraft;
import dev.meridian.identity.BrandView;
import dev.meridian.identity.Brands;
import dev.meridian.language.ProviderDraft;
import dev.meridian.language.ProviderKind;
import dev.meridian.language.TranslationProviders;
import dev.meridian.language.internal.DeepLStandIn;
import dev.meridian.language.internal.ProviderStandIn;
import dev.meridian.ticket.*;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Translation in the ticket view against a local DeepL stand-in (issue 7, point 3): a German message translated
 * into the English agent's language beside the original, on demand or automatically by the agent's setting; the
 * composer's preview of the English draft in German, which the agent edits and sends; the agent's original kept with
 * the message for agents, in the page and in the API; and the original with a notice when there is no translation.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ComposerTranslationIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Agents agents;

	@Autowired
	Brands brands;

	@Autowired
	Customers customers;

	@Autowired
	Tickets tickets;

	@Autowired
	TranslationProviders providers;

	private final DeepLStandIn deepl = new DeepLStandIn();
	private AgentId admin;
	private String run;
	private BrandView brand;

	@BeforeEach
	void seed() {
		run = UUID.randomUUID().toString().substring(0, 8);
		brand = brands.create(new BrandDraft("Übersetzt " + run, null, List.of()));
		admin = agents.byEmail("admin@meridian.test").orElseThrow().id();
		providers.configure(new ProviderDraft(ProviderKind.DEEPL, deepl.baseUrl(), null, null, null,
				new ProviderDraft.KeyChange.Set(ProviderStandIn.VALID_KEY)), admin);
	}

	@AfterEach
	void switchTranslationOff() {
		providers.configure(new ProviderDraft(ProviderKind.NONE, null, null, null, null,
				new ProviderDraft.KeyChange.Remove()), admin);
		deepl.close();
	}

	@Test
	void anEnglishAgentReadsTheGermanMessageInEnglishBesideTheOriginalWhenAsked() throws Exception {
		String german = "Hallo, wo ist meine Bestellung " + run + "? Ich warte seit zwei Wochen auf die Wanderjacke.";
		deepl.teach(german, "Hello, where is my order " + run + "? I have been waiting two weeks for the hiking jacket.");
		TicketView ticket = germanTicket(german);
		MessageView message = tickets.conversation(ticket.id()).get(0);
		assertThat(message.language()).isEqualTo("de");
		AgentPrincipal english = agent("en");

		String pane = pane(ticket, english);
		assertThat(pane).contains("Translate into English")
			.contains("hx-get=\"/tickets/" + ticket.id() + "/messages/" + message.id() + "/translation\"")
			.contains("hx-trigger=\"click\"");
		assertThat(deepl.received()).as("nothing is translated before the agent asks").isEmpty();

		String translated = mvc.perform(get("/tickets/{t}/messages/{m}/translation", ticket.id(), message.id())
				.header("HX-Request", "true").with(user(english)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(translated).contains("Translated from German into English")
			.contains("Hello, where is my order " + run + "? I have been waiting two weeks for the hiking jacket.")
			.contains("lang=\"en\"");
		assertThat(deepl.lastSource()).isEqualTo("DE");
		assertThat(deepl.lastTarget()).startsWith("EN");

		assertThat(pane(ticket, agent("de"))).as("a German agent reads German without a translation")
			.doesNotContain("msg-translate");
	}

	@Test
	void anAgentWhoChoseAutomaticTranslationGetsItWithoutAsking() throws Exception {
		TicketView ticket = germanTicket("Guten Tag, meine Bestellung " + run + " kam beschädigt an. Was kann ich tun?");
		AgentPrincipal english = agent("en");
		assertThat(agents.autoTranslates(english.id())).isFalse();

		mvc.perform(post("/profile").param("locale", "en").param("timeZone", "Europe/Lisbon").param("status", "online")
				.param("autoTranslate", "true").with(user(english)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(agents.autoTranslates(english.id())).isTrue();
		assertThat(mvc.perform(get("/profile").with(user(english))).andReturn().getResponse().getContentAsString())
			.containsPattern("id=\"autoTranslate\"[^>]*checked");
		assertThat(pane(ticket, english)).contains("hx-trigger=\"load\"").contains("Translating…");

		mvc.perform(post("/profile").param("locale", "en").param("timeZone", "Europe/Lisbon").param("status", "online")
				.with(user(english)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(agents.autoTranslates(english.id())).as("an unticked switch turns it off").isFalse();
	}

	@Test
	void theAgentWritesInEnglishPreviewsGermanEditsItAndSendsItAndTheEnglishStaysWithTheMessage() throws Exception {
		TicketView ticket = germanTicket("Hallo, wo ist meine Bestellung " + run + "? Ich warte seit zwei Wochen.");
		AgentPrincipal english = agent("en");
		String draft = "Hello Jonas, your parcel " + run + " left our warehouse yesterday and arrives on Friday.";
		deepl.teach(draft, "Hallo Jonas, Ihr Paket " + run + " hat gestern unser Lager verlassen und kommt am Freitag an.");

		String preview = mvc.perform(post("/tickets/{id}/composer/translation", ticket.id()).param("body", draft)
				.header("HX-Request", "true").with(user(english)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(preview).contains("name=\"translation\"")
			.contains("Hallo Jonas, Ihr Paket " + run + " hat gestern unser Lager verlassen und kommt am Freitag an.")
			.contains("German, as the customer will read it")
			.containsPattern("name=\"originalLanguage\"[^>]*value=\"en\"");
		assertThat(deepl.lastSource()).isEqualTo("EN");
		assertThat(deepl.lastTarget()).isEqualTo("DE");

		String edited = "Hallo Jonas, Ihr Paket " + run + " hat gestern unser Lager verlassen und kommt am Freitag an. "
				+ "Viele Grüße";
		String answer = mvc.perform(post("/tickets/{id}/messages", ticket.id()).param("kind", "reply")
				.param("body", draft).param("translation", edited).param("originalLanguage", "en")
				.param("status", "pending").header("HX-Request", "true").with(user(english)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(answer).contains(edited).contains(draft).contains("Written in English by the agent · agents only");

		MessageView sent = tickets.conversation(ticket.id()).get(1);
		assertThat(sent.kind()).isEqualTo(MessageKind.OUTBOUND);
		assertThat(sent.body()).as("the customer gets the edited German only").isEqualTo(edited);
		assertThat(sent.agentOriginal()).isEqualTo(new AgentOriginal(draft, "en"));
		assertThat(sent.language()).isEqualTo("de");

		JsonNode messages = JSON.readTree(mvc.perform(get("/api/v1/tickets/{id}/messages", ticket.id())
				.with(user(english))).andReturn().getResponse().getContentAsString()).get("items");
		assertThat(messages.get(0).get("agentOriginal").isNull()).isTrue();
		assertThat(messages.get(1).get("body").asString()).isEqualTo(edited);
		assertThat(messages.get(1).get("agentOriginal").get("text").asString()).isEqualTo(draft);
		assertThat(messages.get(1).get("agentOriginal").get("language").asString()).isEqualTo("en");

		assertThat(pane(ticket, english)).contains(draft).contains("Written in English by the agent · agents only");
	}

	@Test
	void withoutAProviderTheAgentSeesTheOriginalWithANoticeAndTheReplyGoesOutAsWritten() throws Exception {
		TicketView ticket = germanTicket("Hallo, meine Bestellung " + run + " ist unvollständig angekommen, es fehlt ein Schuh.");
		MessageView message = tickets.conversation(ticket.id()).get(0);
		AgentPrincipal english = agent("en");

		deepl.failNext(deepl.serverError());
		assertThat(translation(ticket, message, english)).contains("No translation: the original is shown")
			.contains("did not answer properly");
		deepl.failNext(deepl.serverError());
		String failedPreview = preview(ticket, english, "Sorry " + run + ", we send the missing shoe today.");
		assertThat(failedPreview).doesNotContain("name=\"translation\"")
			.contains("Your reply will be sent as you wrote it.");

		providers.configure(new ProviderDraft(ProviderKind.NONE, null, null, null, null,
				new ProviderDraft.KeyChange.Remove()), admin);
		assertThat(translation(ticket, message, english)).contains("Machine translation is not set up yet");
		assertThat(preview(ticket, english, "Sorry " + run + ", the shoe is on its way."))
			.contains("Machine translation is not set up yet").doesNotContain("name=\"translation\"");

		mvc.perform(post("/tickets/{id}/messages", ticket.id()).param("kind", "reply")
				.param("body", "Sorry " + run + ", the shoe is on its way.").header("HX-Request", "true")
				.with(user(english)).with(csrf()))
			.andExpect(status().isOk());
		MessageView sent = tickets.conversation(ticket.id()).get(1);
		assertThat(sent.body()).isEqualTo("Sorry " + run + ", the shoe is on its way.");
		assertThat(sent.agentOriginal()).isNull();
	}

	@Test
	void theApiKeepsTheAgentsOriginalWithAReplyAndRefusesItElsewhere() throws Exception {
		TicketView ticket = germanTicket("Hallo, ich möchte meine Bestellung " + run + " stornieren, bitte.");
		AgentPrincipal english = agent("en");

		String created = mvc.perform(post("/api/v1/tickets/{id}/messages", ticket.id()).with(user(english))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"body\": \"Ihre Bestellung ist storniert.\", \"agentOriginal\": {\"text\": "
						+ "\"Your order is cancelled.\", \"language\": \"en\"}}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		JsonNode reply = JSON.readTree(created);
		assertThat(reply.get("body").asString()).isEqualTo("Ihre Bestellung ist storniert.");
		assertThat(reply.get("agentOriginal").get("text").asString()).isEqualTo("Your order is cancelled.");
		assertThat(reply.get("language").asString()).isEqualTo("de");

		String note = mvc.perform(post("/api/v1/tickets/{id}/messages", ticket.id()).with(user(english))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"note\", \"body\": \"Storniert.\", \"agentOriginal\": {\"text\": \"Cancelled.\"}}"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(note).contains("message.original_with_reply_only");
		String blank = mvc.perform(post("/api/v1/tickets/{id}/messages", ticket.id()).with(user(english))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"body\": \"Storniert.\", \"agentOriginal\": {\"text\": \" \"}}"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(blank).contains("message.original_text_required");
		assertThat(tickets.conversation(ticket.id())).hasSize(2);
	}

	private String pane(TicketView ticket, AgentPrincipal agent) throws Exception {
		return mvc.perform(get("/tickets/{id}", ticket.id()).header("HX-Request", "true")
				.header("HX-Target", "ticket-pane").with(user(agent)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String translation(TicketView ticket, MessageView message, AgentPrincipal agent) throws Exception {
		return mvc.perform(get("/tickets/{t}/messages/{m}/translation", ticket.id(), message.id())
				.header("HX-Request", "true").with(user(agent)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String preview(TicketView ticket, AgentPrincipal agent, String draft) throws Exception {
		return mvc.perform(post("/tickets/{id}/composer/translation", ticket.id()).param("body", draft)
				.header("HX-Request", "true").with(user(agent)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private TicketView germanTicket(String text) {
		CustomerView customer = customers.create(new CustomerDraft("Jonas Weber", "jonas." + run + "@example.de", null,
				"Europe/Berlin", "DE", null));
		return tickets.open(new OpenTicket("Bestellung " + run, brand.id(), Channel.EMAIL, customer.id(),
				MessageBody.text(text), null, List.of(), null));
	}

	private AgentPrincipal agent(String locale) {
		String id = UUID.randomUUID().toString().substring(0, 8);
		var view = agents.create(new AgentDraft("Agent " + id, "agent-" + id + "@translate.test", "Translate-Test-Pass-1",
				"agent", null, null, null, null, "Europe/Lisbon", locale, null, null, true));
		return new AgentPrincipal(view, null);
	}
}
