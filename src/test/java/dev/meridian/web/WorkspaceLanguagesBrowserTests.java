package dev.meridian.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.meridian.Chromium;
import dev.meridian.customer.CustomerDraft;
import dev.meridian.customer.CustomerView;
import dev.meridian.customer.Customers;
import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.AgentId;
import dev.meridian.identity.Agents;
import dev.meridian.identity.BrandDraft;
import dev.meridian.identity.BrandView;
import dev.meridian.identity.Brands;
import dev.meridian.ticket.*;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workspace in Japanese, German and Traditional Chinese in a real browser: each agent reads the inbox and a
 * ticket in their own language, sees the language of each message and the customer's local time, and corrects the
 * ticket's language. Nothing in the panes may overflow its box, which long German words are the first to do.
 * Screenshots at 1366×850 land in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WorkspaceLanguagesBrowserTests {

	private static final String PASSWORD = "Browser-Lang-Pass-1";
	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	/**
	 * Elements whose text must fit: labels, buttons, tabs, badges, headings. Lists and subjects are left out on
	 * purpose: they end in an ellipsis by design.
	 */
	private static final String MUST_FIT = ".view-name, .prop label, .composer-tab, .composer-bar .btn, .submit-as label, "
			+ ".status-badge, .lang-badge, .priority-flag, .side-title, .side-subtitle, .kv dt, .list-heading span, "
			+ ".solve-btn, .assign-me, .ticket-kicker > span, .pane-title, .app-nav a, .input-group-text";

	private static Playwright playwright;
	private static Browser browser;

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

	private String run;
	private BrandView brand;
	private TicketView japanese;
	private TicketView german;
	private TicketView simplified;

	@BeforeAll
	static void launchBrowser() throws Exception {
		Files.createDirectories(SCREENSHOTS);
		playwright = Playwright.create();
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
			.setExecutablePath(Paths.get("/usr/bin/chromium"))
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	/** One brand with a customer in each of the UI languages, so each row shows another badge and clock. */
	@BeforeEach
	void seed() {
		run = UUID.randomUUID().toString().substring(0, 6);
		brand = brands.create(new BrandDraft("Kitsune Outdoor " + run, "https://kitsune.example", List.of()));
		AgentId admin = agents.byEmail("admin@meridian.test").orElseThrow().id();
		Instant now = Instant.now();

		japanese = open("注文した登山靴がまだ届きません", customer("佐藤 花子", "sato", "Asia/Tokyo", "JP"), Channel.MARKETPLACE,
				Priority.HIGH, now.minus(Duration.ofHours(6)),
				"お世話になっております。\n先週注文した登山靴（注文番号 503-2291847）がまだ届いていません。"
						+ "追跡番号を確認しても「出荷準備中」のままです。週末の山行に間に合うか心配です。\n佐藤");
		tickets.addNote(japanese.id(), admin, MessageBody.text("Warehouse says the parcel left Osaka yesterday; tracking lags a day."));
		tickets.reply(japanese.id(), admin, MessageBody.text("佐藤様\nお問い合わせありがとうございます。荷物は昨日大阪の倉庫から発送済みです。"
				+ "明日にはお届けの予定です。"), TicketStatus.PENDING);

		german = open("Falsche Größe geliefert – Umtausch gewünscht", customer("Jonas Weber", "jonas", null, "DE"),
				Channel.EMAIL, Priority.NORMAL, now.minus(Duration.ofHours(3)),
				"Hallo,\nich habe die Wanderjacke in Größe L bestellt, geliefert wurde aber M. Können Sie mir bitte ein "
						+ "Rücksendeetikett schicken und die Jacke in L nachliefern?\nViele Grüße\nJonas Weber");
		open("訂單還沒有出貨，請幫我確認", customer("陳怡君", "chen", "Asia/Taipei", "TW"), Channel.CHAT, Priority.URGENT,
				now.minus(Duration.ofHours(2)), "您好，我上週訂的睡袋到現在還沒有出貨，請幫我查詢一下物流狀態，謝謝。");
		simplified = open("订单还没有发货", customer("王芳", "wangfang", null, "CN"), Channel.CHAT, Priority.NORMAL,
				now.minus(Duration.ofMinutes(80)), "你好，我三天前下的订单到现在还没有发货，请帮我查一下，谢谢。");
		open("Reembolso de un pedido cancelado", customer("Sofía García", "sofia", null, "ES"), Channel.EMAIL,
				Priority.LOW, now.minus(Duration.ofMinutes(40)),
				"Hola, cancelé mi pedido hace una semana y todavía no he recibido el reembolso en mi tarjeta.");
		open("Where is my order?", customer("Emily Carter", "emily", null, "US"), Channel.WEB, Priority.NORMAL,
				now.minus(Duration.ofMinutes(25)), "Hi, my order has not arrived yet and the tracking has not moved in six days.");
		open("Code promo refusé au paiement", customer("Camille Martin", "camille", null, "FR"), Channel.EMAIL,
				Priority.NORMAL, now.minus(Duration.ofMinutes(10)),
				"Bonjour, le code PRINTEMPS15 est refusé au moment du paiement alors que votre e-mail dit qu’il est valable.");
	}

	@Test
	void japaneseAgentWorksInJapanese() {
		try (BrowserContext context = desktop("ja-JP")) {
			Page page = signedIn(context, "ja", "Asia/Tokyo");
			page.navigate(url("/inbox?view=all&brand=" + brand.id()));
			assertThat(page.locator(".app-nav")).containsText("受信箱");
			assertThat(page.locator("#views")).containsText("すべてのチケット");
			assertThat(page.locator("#ticket-rows")).containsText("ZH-TW");
			assertThat(page.locator("#ticket-rows")).containsText("ZH-CN");
			assertFits(page);
			screenshot(page, "inbox-desktop-ja");

			page.navigate(url("/tickets/" + german.id()));
			assertThat(page.locator("#conversation .msg-lang").first()).hasText("ドイツ語");
			assertThat(page.locator("#ticket-head")).containsText("お客様の現地時間");
			assertThat(page.locator(".customer-card")).containsText("国から推定");
			assertFits(page);
			screenshot(page, "ticket-desktop-ja");
		}
	}

	@Test
	void germanAgentWorksInGermanAndNothingOverflows() {
		try (BrowserContext context = desktop("de-DE")) {
			Page page = signedIn(context, "de", "Europe/Berlin");
			page.navigate(url("/inbox?view=all&brand=" + brand.id()));
			assertThat(page.locator(".app-nav")).containsText("Posteingang");
			assertThat(page.locator("#views")).containsText("Meine offenen Tickets");
			assertFits(page);
			screenshot(page, "inbox-desktop-de");

			page.locator(".filter-toggle").click();
			assertThat(page.locator("select[name=language] option[value=ja]")).hasText("Japanisch");
			assertThat(page.locator("select[name=language] option[value=zh-TW]")).hasText("Chinesisch (Traditionell)");
			page.locator("select[name=language]").selectOption("ja");
			assertThat(page.locator(".filter-chips")).containsText("Japanisch");
			assertThat(page.locator("#ticket-rows .ticket-row")).hasCount(1);
			assertFits(page);
			screenshot(page, "inbox-filtered-desktop-de");

			page.navigate(url("/inbox?view=all&brand=" + brand.id()));
			page.locator("#row-" + japanese.id()).click();
			assertThat(page.locator("#conversation .msg-inbound .msg-lang")).hasText("Japanisch");
			assertThat(page.locator("#conversation .msg-note")).containsText("Interne Notiz");
			assertThat(page.locator("#ticket-head")).containsText("beim Kunden");
			assertThat(page.locator("#f-language option:checked")).hasText("Japanisch");
			assertFits(page);
			screenshot(page, "ticket-desktop-de");

			page.locator("#f-language").selectOption("ko");
			assertThat(page.locator("#ticket-props")).containsText("vom Agenten gesetzt");
			assertThat(page.locator("#f-language option:checked")).hasText("Koreanisch");
			assertThat(page.locator("#row-" + japanese.id() + " .lang-badge")).hasText("KO");
			page.locator("#ticket-props button", new Page.LocatorOptions().setHasText("Neu erkennen")).click();
			assertThat(page.locator("#ticket-props")).not().containsText("vom Agenten gesetzt");
		}
		org.assertj.core.api.Assertions.assertThat(tickets.get(japanese.id()).languageByAgent()).isFalse();
	}

	@Test
	void traditionalChineseAgentWorksInTraditionalChinese() {
		try (BrowserContext context = desktop("zh-TW")) {
			Page page = signedIn(context, "zh-TW", "Asia/Taipei");
			page.navigate(url("/inbox?view=all&brand=" + brand.id()));
			assertThat(page.locator(".app-nav")).containsText("收件匣");
			assertThat(page.locator("#views")).containsText("所有工單");
			assertFits(page);
			screenshot(page, "inbox-desktop-zh-TW");

			page.navigate(url("/tickets/" + simplified.id()));
			assertThat(page.locator("#conversation .msg-lang").first()).hasText("中文 (簡體)");
			assertThat(page.locator("#ticket-head")).containsText("客戶當地時間");
			assertThat(page.locator("#composer")).containsText("內部備註");
			assertFits(page);
			screenshot(page, "ticket-desktop-zh-TW");
		}
	}

	@Test
	void germanOnAPhoneFitsToo() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true)
			.setLocale("de-DE"))) {
			Page page = signedIn(context, "de", "Europe/Berlin");
			page.navigate(url("/inbox?view=all&brand=" + brand.id()));
			assertFits(page);
			screenshot(page, "inbox-phone-de");
			page.navigate(url("/tickets/" + japanese.id()));
			assertFits(page);
			screenshot(page, "ticket-phone-de");
		}
	}

	/**
	 * Every visible label, button and badge shows all of its text, nothing is cut off or spills out, and the page
	 * never scrolls sideways (the phone's row of view tabs scrolls within itself, by design).
	 */
	private static void assertFits(Page page) {
		@SuppressWarnings("unchecked")
		List<String> overflowing = (List<String>) page.evaluate("selector => [...document.querySelectorAll(selector)]"
				+ ".filter(e => e.offsetParent !== null && e.getClientRects().length > 0)"
				+ ".filter(e => e.scrollWidth > e.clientWidth + 1)"
				+ ".map(e => e.className + ': ' + e.textContent.trim().replace(/\\s+/g, ' '))", MUST_FIT);
		assertThat(overflowing).as("text that does not fit its box").isEmpty();
		Chromium.assertNoSidewaysScroll(page);
	}

	private BrowserContext desktop(String browserLocale) {
		return browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 850).setLocale(browserLocale));
	}

	private Page signedIn(BrowserContext context, String locale, String zone) {
		String email = locale.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 6) + "@meridian.test";
		String name = switch (locale) {
			case "ja" -> "高橋 美咲";
			case "zh-TW" -> "林雅婷";
			default -> "Katrin Schneider";
		};
		agents.create(new AgentDraft(name, email, PASSWORD, "agent", null, List.of(locale, "en"), null, null, zone, locale,
				null, "online", true));
		Page page = context.newPage();
		page.navigate(url("/login"));
		page.locator("#username").fill(email);
		page.locator("#password").fill(PASSWORD);
		page.locator("form button[type=submit]").click();
		page.waitForURL(url("/inbox"));
		return page;
	}

	private CustomerView customer(String name, String mailbox, @Nullable String zone, String country) {
		return customers.create(new CustomerDraft(name, mailbox + "." + run + "@example.com", null, zone, country, null));
	}

	private TicketView open(String subject, CustomerView customer, Channel channel, Priority priority, Instant at,
			String body) {
		return tickets.open(new OpenTicket(subject, brand.id(), channel, customer.id(), MessageBody.text(body), priority,
				List.of(), at));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
	}
}
