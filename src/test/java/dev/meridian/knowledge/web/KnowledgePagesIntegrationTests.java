package dev.meridian.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
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
import dev.meridian.knowledge.ArticleDraft;
import dev.meridian.knowledge.ArticleQuery;
import dev.meridian.knowledge.ArticleStatus;
import dev.meridian.knowledge.ArticleView;
import dev.meridian.knowledge.ArticleVisibility;
import dev.meridian.knowledge.Articles;
import dev.meridian.knowledge.TranslationDraft;
import dev.meridian.shared.PageRequest;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.MessageBody;
import dev.meridian.ticket.OpenTicket;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class KnowledgePagesIntegrationTests {

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
	Articles articles;

	private String run;
	private BrandView brand;
	private AgentPrincipal admin;
	private AgentPrincipal agent;

	@BeforeEach
	void seed() {
		run = UUID.randomUUID().toString().substring(0, 8);
		brand = brands.create(new BrandDraft("Knowledge " + run, null, List.of()));
		admin = principal("admin");
		agent = principal("agent");
	}

	@Test
	void adminWritesAnArticleAndEditsOneTranslationPerTab() throws Exception {
		String title = "Shipping times " + run;
		mvc.perform(post("/knowledge/articles").with(user(admin)).with(csrf()).param("brand", brand.id().toString())
				.param("category", "Shipping").param("visibility", "public").param("status", "published")
				.param("language", "en").param("title", title).param("body", "<p>Two working days.</p><script>x()</script>"))
			.andExpect(redirectedUrlPattern("/knowledge/articles/*"));
		ArticleView article = only(title);
		assertThat(article.translations().get("en").body()).isEqualTo("<p>Two working days.</p>");
		String page = "/knowledge/articles/" + article.id();

		mvc.perform(post(page + "/translations").with(user(admin)).with(csrf()).param("language", "ja")
				.param("title", "配送日数").param("body", "<p>2営業日です。</p>"))
			.andExpect(redirectedUrl(page + "?tab=ja"));
		mvc.perform(get(page).param("tab", "ja").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"tab-en\""), containsString("id=\"tab-ja\""),
					containsString("id=\"tab-add\""), containsString("配送日数"), containsString("id=\"add-translation\""))));

		mvc.perform(post(page + "/translations").with(user(admin)).with(csrf()).param("language", "klingon-xx")
				.param("title", "Qapla").param("body", "x"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"form-error\""), containsString("Qapla"))));
		mvc.perform(post(page + "/translations").with(user(admin)).with(csrf()).param("language", "en")
				.param("title", title).param("body", "<p>Within two working days.</p>"))
			.andExpect(redirectedUrl(page + "?tab=en"));
		assertThat(articles.get(article.id()).translations().get("en").revision()).isEqualTo(2);

		mvc.perform(post(page + "/translations/ja/delete").with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl(page));
		assertThat(articles.get(article.id()).translations()).containsOnlyKeys("en");
	}

	@Test
	void agentsReadArticlesButDoNotSeeTheEditor() throws Exception {
		ArticleView article = create(ArticleVisibility.INTERNAL, Map.of("en", new TranslationDraft("SOP " + run, "<p>Steps</p>")));

		mvc.perform(get("/knowledge/articles").param("q", "sop " + run).with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("SOP " + run), not(containsString("id=\"new-article\"")))));
		mvc.perform(get("/knowledge/articles/" + article.id()).with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<p>Steps</p>"), not(containsString("id=\"add-translation\"")))));
		mvc.perform(get("/knowledge/articles/new").with(user(agent))).andExpect(status().isForbidden());
		mvc.perform(post("/knowledge/articles/" + article.id() + "/delete").with(user(agent)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void pickerShowsEachArticleInTheCustomersLanguageAndSaysWhenItFallsBack() throws Exception {
		create(ArticleVisibility.PUBLIC, Map.of("en", new TranslationDraft("Customs duties " + run, "<p>Paid on delivery.</p>"),
				"de", new TranslationDraft("Zollgebühren " + run, "<p>Bei Lieferung.</p>")));
		create(ArticleVisibility.INTERNAL, Map.of("en", new TranslationDraft("Returns " + run, "<p>30 days.</p>"),
				"ja", new TranslationDraft("返品 " + run, "<p>30日以内。</p>")));
		TicketView ticket = openTicketFor("ja");

		mvc.perform(get("/tickets/{id}", ticket.id()).with(user(agent)))
			.andExpect(content().string(containsString("hx-get=\"/tickets/" + ticket.id() + "/articles\"")));
		mvc.perform(get("/tickets/{id}/articles", ticket.id()).with(user(agent)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("返品 " + run), containsString("Customs duties " + run),
					containsString("Shown in English — no Japanese version"), containsString("/help/articles/"),
					containsString("id=\"article-search\""))));
		mvc.perform(get("/tickets/{id}/articles/items", ticket.id()).param("q", "customs").with(user(agent))
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Customs duties " + run), not(containsString("返品 " + run)))));
	}

	@Test
	void theHelpCentreShowsOnlyPublishedPublicArticlesWithoutSignIn() throws Exception {
		ArticleView open = create(ArticleVisibility.PUBLIC, Map.of("en", new TranslationDraft("Returns " + run, "<p>30 days.</p>"),
				"de", new TranslationDraft("Rücksendung " + run, "<p>30 Tage.</p>")));
		ArticleView sop = create(ArticleVisibility.INTERNAL, Map.of("en", new TranslationDraft("Refund SOP " + run, "<p>x</p>")));

		mvc.perform(get("/help/articles/" + open.id()).param("lang", "de-AT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rücksendung " + run)));
		mvc.perform(get("/help/articles/" + sop.id())).andExpect(status().isNotFound());
		mvc.perform(get("/help/articles/nonsense")).andExpect(status().isNotFound());
	}

	private ArticleView create(ArticleVisibility visibility, Map<String, TranslationDraft> texts) {
		return articles.create(new ArticleDraft(brand.id(), "Demo", visibility, ArticleStatus.PUBLISHED, texts), admin.id());
	}

	private ArticleView only(String text) {
		List<ArticleView> found = articles.list(new ArticleQuery(text, null, brand.id(), null, null), PageRequest.of(null, null))
			.items();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private TicketView openTicketFor(String language) {
		CustomerView customer = customers.create(new CustomerDraft("Aoi " + run, "aoi." + run + "@example.com", language,
				"Asia/Tokyo", "JP", null));
		return tickets.open(new OpenTicket("関税 " + run, brand.id(), Channel.EMAIL, customer.id(),
				MessageBody.text("関税はかかりますか？"), null, List.of(), null));
	}

	private AgentPrincipal principal(String role) {
		var view = agents.create(new AgentDraft(role + " " + run, role + "-" + run + "@knowledge.test", "Pages-Test-Pass-1",
				role, null, null, null, null, "Europe/Lisbon", "en", null, null, true));
		return new AgentPrincipal(view, null);
	}
}
