package dev.meridian.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.meridian.customer.CustomerDraft;
import dev.meridian.customer.CustomerView;
import dev.meridian.customer.Customers;
import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.AgentId;
import dev.meridian.identity.Agents;
import dev.meridian.identity.BrandDraft;
import dev.meridian.identity.BrandView;
import dev.meridian.identity.Brands;
import dev.meridian.identity.TeamDraft;
import dev.meridian.identity.Teams;
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
 * The agent's day in a real browser (Debian's Chromium, headless): sign in, open a ticket from the inbox, reply,
 * and see the reply in the conversation; a reviewer gets no reply composer; a Chinese agent works in Chinese.
 * Screenshots at desktop and phone width, in English and Chinese, land in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AgentWorkflowBrowserTests {

	private static final String ADMIN = "admin@meridian.test";
	private static final String ADMIN_PASSWORD = "Test-Admin-Pass-1";
	private static final String PASSWORD = "Browser-Test-Pass-1";
	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static Playwright playwright;
	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	Brands brands;

	@Autowired
	Teams teams;

	@Autowired
	Agents agents;

	@Autowired
	Customers customers;

	@Autowired
	Tickets tickets;

	private String run;
	private BrandView brand;
	private TicketView ticket;

	@BeforeAll
	static void launchBrowser() throws Exception {
		// A page swap can take longer than Playwright's 5 s default on a busy 2-core machine; the checks stay the same.
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
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

	/** A brand of its own and a handful of realistic tickets, so the screenshots show a working inbox. */
	@BeforeEach
	void seed() {
		run = UUID.randomUUID().toString().substring(0, 6);
		brand = brands.create(new BrandDraft("Northwind Outfitters " + run, "https://northwind.example", List.of()));
		teams.create(new TeamDraft("EU Support " + run, "Europe/Berlin"));
		AgentId admin = agents.byEmail(ADMIN).orElseThrow().id();
		Instant now = Instant.now();

		CustomerView emily = customer("Emily Carter", "emily", "en", "America/New_York", "US");
		ticket = open("Where is my order #NW-20931?", emily, Channel.EMAIL, Priority.HIGH, List.of("shipping", "wismo"),
				now.minus(Duration.ofHours(5)),
				"Hi,\n\nI ordered the trail jacket on the 2nd and the tracking hasn't moved in six days. It just says "
						+ "\"Label created\". It's a birthday present, so I really need it by next Friday.\n\nThanks,\nEmily");
		tickets.addNote(ticket.id(), admin, MessageBody.text(
				"UPS shows label created only, no pickup scan. Asked the warehouse whether the parcel is still on the dock."));

		CustomerView jonas = customer("Jonas Weber", "jonas", "de", "Europe/Berlin", "DE");
		open("Falsche Größe geliefert", jonas, Channel.MARKETPLACE, Priority.NORMAL,
				List.of("exchange"), now.minus(Duration.ofHours(3)),
				"Hallo, ich habe die Jacke in L bestellt, geliefert wurde M. Können Sie sie umtauschen?");

		CustomerView mei = customer("王芳", "wangfang", "zh-CN", "Asia/Shanghai", "CN");
		open("订单还没有发货", mei, Channel.CHAT, Priority.URGENT, List.of("shipping"),
				now.minus(Duration.ofMinutes(50)), "你好，我三天前下的订单到现在还没有发货，请帮我查一下。");

		CustomerView sofia = customer("Sofia García", "sofia", "es", "Europe/Madrid", "ES");
		TicketView spanish = open("Reembolso de pedido cancelado", sofia, Channel.EMAIL, Priority.LOW, List.of("refund"),
				now.minus(Duration.ofMinutes(20)), "Hola, cancelé mi pedido hace una semana y todavía no he recibido el reembolso.");
		tickets.update(spanish.id(), new TicketChanges(null, null, java.util.Optional.of(admin), null, null, null));

		open("Discount code not working at checkout", emily, Channel.WEB, Priority.NORMAL, List.of(),
				now.minus(Duration.ofDays(3)), "The code SPRING15 says it is invalid, but your email says it is valid until May.");
	}

	@Test
	void agentOpensTicketFromInboxAndReplies() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
			.setViewportSize(1366, 850)
			.setLocale("en-US"))) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			screenshot(page, "login-desktop-en");
			signIn(page, ADMIN, ADMIN_PASSWORD);

			page.navigate(url("/inbox?view=open&brand=" + brand.id()));
			assertThat(page.locator("#views")).containsText("All open");
			screenshot(page, "inbox-desktop-en");

			page.locator(".ticket-row", new Page.LocatorOptions().setHasText(ticket.subject())).click();
			assertThat(page.locator("#ticket-pane .ticket-subject")).hasText(ticket.subject());
			assertThat(page).hasURL(url("/tickets/" + ticket.id()));
			assertThat(page.locator("#conversation .msg-note")).containsText("UPS shows label created");

			String reply = "Hi Emily, I have asked UPS to trace the parcel. If it has not moved by tomorrow, "
					+ "we will send a replacement by express, free of charge. Best, the Northwind team";
			page.locator("#composer-body").fill(reply);
			page.locator("#submit-as").selectOption("pending");
			page.locator("#composer button[type=submit]:visible").click();

			Locator sent = page.locator("#conversation .msg-outbound").last();
			assertThat(sent).containsText("I have asked UPS to trace the parcel");
			assertThat(page.locator("#ticket-head .status-badge")).hasText("Pending");
			assertThat(page.locator("#composer-body")).hasValue("");
			screenshot(page, "ticket-desktop-en");

			page.keyboard().press("?");
			assertThat(page.locator("#shortcuts")).isVisible();
			screenshot(page, "shortcuts-desktop-en");
			page.keyboard().press("Escape");

			page.navigate(url("/profile"));
			screenshot(page, "profile-desktop-en");
		}
	}

	@Test
	void keyboardMovesThroughTheListAndActsOnTheTicket() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 850))) {
			Page page = context.newPage();
			signIn(page, ADMIN, ADMIN_PASSWORD);
			// Oldest first: an order that no background change (a due time pushed by the service levels) can reshuffle
			// between two key presses.
			page.navigate(url("/inbox?view=open&sort=oldest&brand=" + brand.id()));
			Locator rows = page.locator(".ticket-row");

			page.keyboard().press("j");
			assertThat(rows.nth(0)).hasClass(Pattern.compile(".*\\bactive\\b.*"));
			String first = rows.nth(0).locator(".row-subject").textContent().strip();
			assertThat(page.locator("#ticket-pane .ticket-subject")).hasText(first);
			page.keyboard().press("j");
			String second = rows.nth(1).locator(".row-subject").textContent().strip();
			assertThat(page.locator("#ticket-pane .ticket-subject")).hasText(second);
			page.keyboard().press("k");
			assertThat(page.locator("#ticket-pane .ticket-subject")).hasText(first);

			page.keyboard().press("j");
			assertThat(page.locator("#ticket-pane .ticket-subject")).hasText(second);
			page.keyboard().press("a");
			assertThat(page.locator("#f-assignee option:checked")).hasText("Administrator");
			assertThat(page.locator("#ticket-head .status-badge")).hasText("Open");

			page.keyboard().press("n");
			assertThat(page.locator("#composer-body")).isFocused();
			page.keyboard().type("Checked with the warehouse: it ships today.");
			page.keyboard().press("Control+Enter");
			assertThat(page.locator("#conversation .msg-note").last()).containsText("it ships today");

			page.keyboard().press("Escape");
			page.keyboard().press("s");
			assertThat(page.locator("#ticket-head .status-badge")).hasText("Solved");

			page.keyboard().press("g");
			page.keyboard().press("i");
			page.waitForURL(url("/inbox"));
		}
	}

	@Test
	void agentChangesLanguageWithoutSigningInAgain() {
		String email = "switch-" + run + "@meridian.test";
		agents.create(new AgentDraft("Sam Switch", email, PASSWORD, "agent", null, null, null, null, "UTC", "en", null,
				null, true));
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 850))) {
			Page page = context.newPage();
			signIn(page, email, PASSWORD);
			page.navigate(url("/profile"));
			page.locator("#locale").selectOption("zh-CN");
			page.locator("#timeZone").selectOption("Asia/Shanghai");
			page.locator("label[for=status-online]").click();
			page.locator("form[action$='/profile'] button[type=submit]").click();
			assertThat(page.locator("#flash")).containsText("设置已保存");
			assertThat(page.locator(".app-nav")).containsText("收件箱");
			assertThat(page.locator("#timeZone")).hasValue("Asia/Shanghai");
			screenshot(page, "profile-desktop-zh");

			page.navigate(url("/inbox"));
			page.locator(".user-menu-btn").click();
			page.locator(".user-menu button", new Page.LocatorOptions().setHasText("English")).click();
			assertThat(page.locator(".app-nav")).containsText("Inbox");
			assertThat(page).hasURL(url("/inbox"));
		}
	}

	@Test
	void phoneShowsTheListThenTheTicket() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
			.setViewportSize(390, 844)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true)
			.setLocale("en-US"))) {
			Page page = context.newPage();
			signIn(page, ADMIN, ADMIN_PASSWORD);
			page.navigate(url("/inbox?view=open&brand=" + brand.id()));
			screenshot(page, "inbox-phone-en");
			page.locator(".ticket-row", new Page.LocatorOptions().setHasText(ticket.subject())).click();
			assertThat(page.locator("#ticket-pane .ticket-subject")).hasText(ticket.subject());
			assertThat(page.locator(".list-pane")).isHidden();
			screenshot(page, "ticket-phone-en");
		}
	}

	@Test
	void reviewerSeesNoReplyComposer() {
		String email = "reviewer-" + run + "@meridian.test";
		agents.create(new AgentDraft("Rita Reviewer", email, PASSWORD, "reviewer", null, null, null, null, "Europe/Berlin",
				"en", null, null, true));
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 850))) {
			Page page = context.newPage();
			signIn(page, email, PASSWORD);
			page.navigate(url("/tickets/" + ticket.id()));
			assertThat(page.locator("#ticket-pane .ticket-subject")).hasText(ticket.subject());
			assertThat(page.locator("#kind-note")).isChecked();
			assertThat(page.locator("#kind-reply")).hasCount(0);
			assertThat(page.locator("#submit-as")).hasCount(0);
			assertThat(page.locator("#f-status")).hasCount(0);
			assertThat(page.locator("[data-shortcut=solve]")).hasCount(0);

			page.locator("#composer-body").fill("Checked the tone of the last reply: friendly and clear.");
			page.locator("#composer button[type=submit]:visible").click();
			assertThat(page.locator("#conversation .msg-note").last()).containsText("friendly and clear");
			screenshot(page, "ticket-reviewer-desktop-en");
		}
	}

	@Test
	void chineseAgentSeesTheInboxInChinese() {
		String email = "zh-" + run + "@meridian.test";
		agents.create(new AgentDraft("李娜", email, PASSWORD, "agent", null, List.of("zh-CN", "en"), null, null,
				"Asia/Shanghai", "zh-CN", null, "online", true));
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
			.setViewportSize(1366, 850)
			.setLocale("zh-CN"))) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			assertThat(page.locator("h1")).containsText("登录");
			screenshot(page, "login-desktop-zh");
			signIn(page, email, PASSWORD);

			page.navigate(url("/inbox?view=open&brand=" + brand.id()));
			assertThat(page.locator(".app-nav")).containsText("收件箱");
			assertThat(page.locator("#views")).containsText("全部处理中");
			assertThat(page.locator("#views")).containsText("未分配");
			screenshot(page, "inbox-desktop-zh");

			page.locator(".ticket-row", new Page.LocatorOptions().setHasText(ticket.subject())).click();
			assertThat(page.locator("#ticket-pane .ticket-subject")).hasText(ticket.subject());
			assertThat(page.locator("#composer")).containsText("内部备注");
			screenshot(page, "ticket-desktop-zh");
		}
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
			.setViewportSize(390, 844)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true)
			.setLocale("zh-CN"))) {
			Page page = context.newPage();
			signIn(page, email, PASSWORD);
			page.navigate(url("/inbox?view=open&brand=" + brand.id()));
			assertThat(page.locator(".views-pane")).containsText("全部处理中");
			screenshot(page, "inbox-phone-zh");
			page.navigate(url("/tickets/" + ticket.id()));
			assertThat(page.locator("#ticket-head")).containsText("新建");
			screenshot(page, "ticket-phone-zh");
		}
	}

	private void signIn(Page page, String email, String password) {
		page.navigate(url("/login"));
		page.locator("#username").fill(email);
		page.locator("#password").fill(password);
		page.locator("form button[type=submit]").click();
		page.waitForURL(url("/inbox"));
	}

	private CustomerView customer(String name, String mailbox, String language, String zone, String country) {
		return customers.create(new CustomerDraft(name, mailbox + "." + run + "@example.com", language, zone, country, null));
	}

	private TicketView open(String subject, CustomerView customer, Channel channel, Priority priority, List<String> tags,
			@Nullable Instant at, String body) {
		return tickets.open(new OpenTicket(subject, brand.id(), channel, customer.id(), MessageBody.text(body), priority,
				tags, at));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
	}
}
