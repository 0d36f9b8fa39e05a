package dev.meridian.knowledge.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.meridian.Chromium;
import dev.meridian.customer.CustomerDraft;
import dev.meridian.customer.CustomerView;
import dev.meridian.customer.Customers;
import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.AgentView;
import dev.meridian.identity.Agents;
import dev.meridian.identity.BrandDraft;
import dev.meridian.identity.BrandView;
import dev.meridian.identity.Brands;
import dev.meridian.knowledge.ArticleDraft;
import dev.meridian.knowledge.ArticleStatus;
import dev.meridian.knowledge.ArticleVisibility;
import dev.meridian.knowledge.Articles;
import dev.meridian.knowledge.TranslationDraft;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.MessageBody;
import dev.meridian.ticket.OpenTicket;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An agent answers a Japanese customer from the knowledge base in a real browser: the composer's Articles picker
 * shows the Japanese text where there is one and marks the English stand-in, searching narrows the list, and
 * inserting puts the article into the reply. Then the articles page on a phone in Chinese, without sideways scroll.
 * Screenshots land in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ArticlePickerBrowserTests {

	private static final String PASSWORD = "Article-Browser-Pass-1";

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	Brands brands;

	@Autowired
	Agents agents;

	@Autowired
	Customers customers;

	@Autowired
	Tickets tickets;

	@Autowired
	Articles articles;

	@BeforeAll
	static void launch() throws Exception {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void close() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void agentInsertsAnArticleInTheCustomersLanguageAndSeesWhenItFallsBack() {
		String run = UUID.randomUUID().toString().substring(0, 6);
		BrandView brand = brands.create(new BrandDraft("Sakura " + run, "https://sakura.example", List.of()));
		AgentView agent = agents.create(new AgentDraft("Yuki Tanaka", "yuki." + run + "@meridian.test", PASSWORD, "agent",
				List.of(), List.of("ja", "en"), List.of(), 1, "Asia/Manila", "en", 20, "online", true));
		CustomerView aoi = customers.create(new CustomerDraft("Aoi Sato", "aoi." + run + "@example.jp", "ja", "Asia/Tokyo",
				"JP", null));
		TicketView ticket = tickets.open(new OpenTicket("関税について " + run, brand.id(), Channel.EMAIL, aoi.id(),
				MessageBody.text("荷物を受け取るときに関税はかかりますか？"), null, List.of(), null));
		articles.create(new ArticleDraft(brand.id(), "Customs", ArticleVisibility.PUBLIC, ArticleStatus.PUBLISHED, Map.of(
				"en", new TranslationDraft("Customs duties " + run, "<p>Duties are collected by the carrier on delivery.</p>"),
				"de", new TranslationDraft("Zollgebühren " + run, "<p>Der Zusteller erhebt den Zoll.</p>"))), agent.id());
		articles.create(new ArticleDraft(brand.id(), "Shipping", ArticleVisibility.INTERNAL, ArticleStatus.PUBLISHED, Map.of(
				"en", new TranslationDraft("Shipping times " + run, "<p>2 to 4 working days.</p>"),
				"ja", new TranslationDraft("配送日数 " + run, "<p>2～4営業日でお届けします。</p>"))), agent.id());

		try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
			.setViewportSize(1366, 850)
			.setLocale("en-US"))) {
			Page page = context.newPage();
			Chromium.signIn(page, url(""), agent.email(), PASSWORD);
			page.navigate(url("/tickets/" + ticket.id()));
			page.locator("[data-shortcut=articles]").click();
			assertThat(page.locator("#article-search")).isFocused();
			assertThat(page.locator("#article-items .article-item")).hasCount(2);
			assertThat(page.locator("#article-items")).containsText("配送日数 " + run);
			assertThat(page.locator("#article-items .article-fallback")).hasText("Shown in English — no Japanese version");
			Chromium.screenshot(page, "article-picker-desktop-en");

			page.keyboard().type("customs");
			assertThat(page.locator("#article-items .article-item")).hasCount(1);
			page.locator("#article-items .article-insert").first().click();
			assertThat(page.locator("#composer-body")).hasValue("Customs duties " + run
					+ "\n\nDuties are collected by the carrier on delivery.");
			Chromium.screenshot(page, "article-inserted-desktop-en");
		}

		AgentView lead = agents.create(new AgentDraft("Li Wei", "li." + run + "@meridian.test", PASSWORD, "lead",
				List.of(), List.of("zh-CN", "en"), List.of(), 1, "Asia/Shanghai", "zh-CN", 20, "online", true));
		try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
			.setViewportSize(390, 844)
			.setIsMobile(true)
			.setLocale("zh-CN"))) {
			Page page = context.newPage();
			Chromium.signIn(page, url(""), lead.email(), PASSWORD);
			page.navigate(url("/knowledge/articles?brand=" + brand.id()));
			assertThat(page.locator("#article-list")).containsText("Customs duties " + run);
			Chromium.assertNoSidewaysScroll(page);
			Chromium.screenshot(page, "articles-phone-zh");
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
