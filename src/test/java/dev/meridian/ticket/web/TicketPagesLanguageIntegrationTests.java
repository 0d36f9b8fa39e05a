package dev.meridian.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import dev.meridian.customer.CustomerDraft;
import dev.meridian.customer.CustomerView;
import dev.meridian.customer.Customers;
import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.Agents;
import dev.meridian.identity.BrandDraft;
import dev.meridian.identity.BrandView;
import dev.meridian.identity.Brands;
import dev.meridian.ticket.*;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The workspace in the agent's own language: the inbox and ticket in Japanese and German, languages named in the
 * agent's language with Simplified and Traditional Chinese apart, the agent's correction of a ticket's language,
 * and the customer's local time beside the ticket.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TicketPagesLanguageIntegrationTests {

	private static final String WEEKDAY_TIME = "\\d{2}:\\d{2} (Mon|Tue|Wed|Thu|Fri|Sat|Sun)";

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

	private String run;
	private BrandView brand;

	@BeforeEach
	void seed() {
		run = UUID.randomUUID().toString().substring(0, 8);
		brand = brands.create(new BrandDraft("Sprachen " + run, null, List.of()));
	}

	@Test
	void japaneseAgentWorksInJapanese() throws Exception {
		TicketView ticket = open(customer("佐藤 花子", "Asia/Tokyo", "JP"), "注文した商品がまだ届きません " + run,
				"先週注文したスニーカーがまだ届いていません。追跡番号を教えていただけますか。よろしくお願いいたします。");
		AgentPrincipal agent = agent("ja", "Asia/Tokyo");

		mvc.perform(get("/inbox").param("brand", brand.id().toString()).with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("lang=\"ja\""), containsString("受信箱"),
					containsString("担当中のチケット"), containsString("未割り当て"), containsString("すべての言語"),
					containsString(">JA<"), not(containsString("My open tickets")), not(containsString("Inbox<")))));

		mvc.perform(get("/tickets/{id}", ticket.id()).with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("社内メモ"), containsString("プロパティ"),
					containsString("class=\"lang-badge msg-lang"), containsString(">日本語</span>"),
					containsString("お客様の現地時間"), containsString("自動判定"))));
	}

	@Test
	void germanAgentWorksInGerman() throws Exception {
		TicketView ticket = open(customer("Jonas Weber", "Europe/Berlin", "DE"), "Falsche Größe geliefert " + run,
				"Hallo, ich habe die Jacke in L bestellt, geliefert wurde aber M. Können Sie sie bitte umtauschen?");
		AgentPrincipal agent = agent("de", "Europe/Berlin");

		mvc.perform(get("/inbox").param("brand", brand.id().toString()).with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("lang=\"de\""), containsString("Posteingang"),
					containsString("Meine offenen Tickets"), containsString("Nicht zugewiesen"),
					containsString("Alle Sprachen"), containsString(">DE<"), not(containsString("My open tickets")))));

		mvc.perform(get("/tickets/{id}", ticket.id()).with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Interne Notiz"), containsString("Eigenschaften"),
					containsString(">Deutsch</span>"), containsString("beim Kunden"), containsString("Deutschland"))));
	}

	@Test
	void simplifiedAndTraditionalChineseAreToldApartByNameAndBadge() throws Exception {
		open(customer("王芳", "Asia/Shanghai", "CN"), "订单还没有发货 " + run, "你好，我三天前下的订单到现在还没有发货，请帮我查一下物流信息。");
		open(customer("陳怡君", "Asia/Taipei", "TW"), "訂單還沒有出貨 " + run, "您好，我上週訂的商品到現在還沒收到，請幫我查詢一下物流狀態，謝謝。");

		mvc.perform(get("/inbox").param("brand", brand.id().toString()).with(user(agent("en", "UTC"))))
			.andExpect(content().string(allOf(containsString(">ZH-CN<"), containsString(">ZH-TW<"),
					containsString("<option value=\"zh-CN\">Chinese (Simplified)</option>"),
					containsString("<option value=\"zh-TW\">Chinese (Traditional)</option>"))));
		mvc.perform(get("/inbox").param("brand", brand.id().toString()).with(user(agent("de", "UTC"))))
			.andExpect(content().string(allOf(containsString(">Chinesisch (Vereinfacht)</option>"),
					containsString(">Chinesisch (Traditionell)</option>"))));
		mvc.perform(get("/inbox").param("brand", brand.id().toString()).param("language", "zh-TW")
				.with(user(agent("ja", "UTC"))))
			.andExpect(content().string(allOf(containsString("中国語 (繁体字)"), containsString("訂單還沒有出貨"),
					not(containsString("订单还没有发货")))));
	}

	@Test
	void languageFilterListsLanguagesByTheirNameInTheAgentsLanguage() throws Exception {
		open(customer("Jonas Weber", "Europe/Berlin", "DE"), "Umtausch " + run,
				"Hallo, ich möchte die Schuhe gegen eine größere Größe umtauschen. Wie gehe ich vor?");
		open(customer("Emily Carter", "America/New_York", "US"), "Refund " + run,
				"Hello, I returned the boots two weeks ago and I am still waiting for my refund.");
		String page = mvc.perform(get("/inbox").with(user(agent("de", "UTC"))))
			.andReturn().getResponse().getContentAsString();
		String filter = page.substring(page.indexOf("name=\"language\""), page.indexOf("</select>", page.indexOf("name=\"language\"")));
		assertThat(filter.indexOf(">Deutsch<")).isPositive().isLessThan(filter.indexOf(">Englisch<"));
	}

	@Test
	void agentCorrectsTheTicketLanguageInThePanel() throws Exception {
		TicketView ticket = open(customer("Ana Souza", "America/Sao_Paulo", "BR"), "Troca de tamanho " + run,
				"Olá, recebi o tênis no tamanho errado e gostaria de trocar por um número maior, por favor.");
		AgentPrincipal agent = agent("en", "Europe/Lisbon");

		mvc.perform(post("/tickets/{id}/fields", ticket.id()).param("language", "pt-BR").header("HX-Request", "true")
				.with(user(agent)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"ticket-props\""),
					matchesPattern("(?s).*<option value=\"pt-BR\"[^>]*selected[^>]*>Portuguese \\(Brazil\\)</option>.*"),
					containsString("set by an agent"), containsString("Detect again"))));
		assertThat(tickets.get(ticket.id())).extracting(TicketView::language, TicketView::languageByAgent)
			.containsExactly("pt-BR", true);

		mvc.perform(post("/tickets/{id}/fields", ticket.id()).param("language", "auto").header("HX-Request", "true")
				.with(user(agent)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("set by an agent"))));
		assertThat(tickets.get(ticket.id()).languageByAgent()).isFalse();

		mvc.perform(post("/tickets/{id}/fields", ticket.id()).param("language", "not a language")
				.header("HX-Request", "true").with(user(agent)).with(csrf()))
			.andExpect(status().isUnprocessableContent());

		mvc.perform(post("/tickets/{id}/fields", ticket.id()).param("language", "ja").with(user(agent)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(tickets.get(ticket.id()).language()).isEqualTo("ja");
	}

	@Test
	void otherFieldChangesLeaveTheLanguageAlone() throws Exception {
		TicketView ticket = open(customer("Ana Souza", null, null), "Prioridade " + run,
				"Olá, recebi o tênis no tamanho errado e gostaria de trocar por um número maior, por favor.");
		AgentPrincipal agent = agent("en", "UTC");
		mvc.perform(post("/tickets/{id}/fields", ticket.id()).param("language", "es").header("HX-Request", "true")
				.with(user(agent)).with(csrf()));
		mvc.perform(post("/tickets/{id}/fields", ticket.id()).param("priority", "high").header("HX-Request", "true")
				.with(user(agent)).with(csrf()))
			.andExpect(status().isOk());
		assertThat(tickets.get(ticket.id())).extracting(TicketView::language, TicketView::languageByAgent)
			.containsExactly("es", true);
	}

	@Test
	void customersLocalTimeIsShownBesideTheTicketWhenItCanBeKnown() throws Exception {
		AgentPrincipal agent = agent("en", "America/New_York");
		TicketView own = open(customer("Kenji Mori", "Asia/Tokyo", null), "Own zone " + run, "Hello, a question.");
		TicketView guessed = open(customer("Jonas Weber", null, "DE"), "From country " + run, "Hello, a question.");
		TicketView unknown = open(customer("Emily Carter", null, "US"), "Too many zones " + run, "Hello, a question.");

		mvc.perform(get("/tickets/{id}", own.id()).header("HX-Request", "true").header("HX-Target", "ticket-pane")
				.with(user(agent)))
			.andExpect(content().string(allOf(matchesPattern("(?s).*" + WEEKDAY_TIME + ", customer’s time.*"),
					containsString("Asia/Tokyo"), not(containsString("Estimated from the country")))));
		mvc.perform(get("/tickets/{id}", guessed.id()).header("HX-Request", "true").header("HX-Target", "ticket-pane")
				.with(user(agent)))
			.andExpect(content().string(allOf(matchesPattern("(?s).*" + WEEKDAY_TIME + ", customer’s time.*"),
					containsString("Europe/Berlin"), containsString("Estimated from the country"),
					containsString("Germany"))));
		mvc.perform(get("/tickets/{id}", unknown.id()).header("HX-Request", "true").header("HX-Target", "ticket-pane")
				.with(user(agent)))
			.andExpect(content().string(allOf(not(containsString("customer’s time")), not(containsString("customer-clock")),
					containsString("United States"))));

		mvc.perform(get("/inbox").param("brand", brand.id().toString()).with(user(agent)))
			.andExpect(content().string(matchesPattern("(?s).*class=\"row-clock[^>]*title=\"" + WEEKDAY_TIME
					+ ", customer’s time\">.*")));
	}

	private CustomerView customer(String name, @Nullable String zone, @Nullable String country) {
		return customers.create(new CustomerDraft(name, "c" + UUID.randomUUID().toString().substring(0, 8) + "." + run
				+ "@example.com", null, zone, country, null));
	}

	private TicketView open(CustomerView customer, String subject, String body) {
		return tickets.open(new OpenTicket(subject, brand.id(), Channel.EMAIL, customer.id(), MessageBody.text(body),
				null, List.of(), null));
	}

	private AgentPrincipal agent(String locale, String zone) {
		String id = UUID.randomUUID().toString().substring(0, 8);
		var view = agents.create(new AgentDraft("Agent " + id, "agent-" + id + "@sprachen.test", "Sprachen-Test-Pass-1",
				"agent", null, null, null, null, zone, locale, null, null, true));
		return new AgentPrincipal(view, null);
	}
}
