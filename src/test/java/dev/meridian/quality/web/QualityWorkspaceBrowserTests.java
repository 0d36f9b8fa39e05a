package dev.meridian.quality.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.meridian.Chromium;
import dev.meridian.ApiTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reviewer workspace in a real browser, in English and Simplified Chinese: the conversation with the automatic
 * findings highlighted, the scorecard in the reviewer's language with the findings pre-filled, and a submitted review
 * whose score shows without a reload. Screenshots land in {@code target/screenshots}.
 */
class QualityWorkspaceBrowserTests extends ApiTestSupport {

	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static Playwright playwright;
	private static Browser browser;

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

	@Test
	void aReviewerSeesTheFindingsHighlightedAndSubmitsTheScorecardInEnglish() {
		Reviewer reviewer = reviewerWithReview("en");
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900))) {
			Page page = signedIn(context, reviewer);
			page.navigate(url("/quality/reviews"));
			page.locator("a[href='/quality/reviews/" + reviewer.review() + "']").click();

			Locator highlighted = page.locator("mark.quality-hit");
			assertThat(highlighted.first()).isVisible();
			assertThat(page.locator("mark.quality-hit[title*='No card numbers or passwords sent']")).hasText("4111 1111 1111 1111");
			assertThat(page.locator("legend.quality-category").first()).hasText("Service red line");
			assertThat(page.locator("#bad-sensitive_data")).isChecked();
			assertThat(page.locator("body")).not().containsText("red_line");
			screenshot(page, "quality-review-desktop-en");

			page.locator("label[for='yes-greeting']").click();
			page.locator("#comment").fill("Never send card numbers; the refund goes through the marketplace.");
			page.locator("label[for='bt-refund']").click();
			page.locator(".quality-scorecard button[type=submit]").click();

			assertThat(page.locator(".alert-success")).hasText("Review submitted.",
					new LocatorAssertions.HasTextOptions().setTimeout(15_000));
			assertThat(page.locator(".quality-score")).hasText("0 of 100");
			assertThat(page.locator(".quality-scorecard .badge.text-bg-danger")).hasText("Red line crossed");
			screenshot(page, "quality-review-submitted-desktop-en");
		}
		assertThat(get("/api/v1/reviews/" + reviewer.review(), adminToken()).json().get("score").asInt()).isZero();
	}

	@Test
	void theScorecardSpeaksTheReviewersLanguageInChinese() {
		Reviewer reviewer = reviewerWithReview("zh-CN");
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900))) {
			Page page = signedIn(context, reviewer);
			page.navigate(url("/quality/reviews/" + reviewer.review()));
			assertThat(page.locator("legend.quality-category").first()).hasText("服务红线");
			assertThat(page.locator(".quality-item-name").first()).hasText("无禁用语或辱骂用语");
			assertThat(page.locator("label[for='yes-greeting']")).hasText("是 · 10");
			assertThat(page.locator("body")).not().containsText("red_line");
			screenshot(page, "quality-review-desktop-zh-CN");
		}
		try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setIsMobile(true).setHasTouch(true))) {
			Page page = signedIn(phone, reviewer);
			page.navigate(url("/quality/reviews/" + reviewer.review()));
			assertThat(page.locator("mark.quality-hit").first()).isVisible();
			Chromium.assertNoSidewaysScroll(page);
			screenshot(page, "quality-review-phone-zh-CN");
		}
	}

	@Test
	void aLeadReadsTheReportsAndTheScorecardsInGerman() {
		Reviewer reviewer = reviewerWithReview("en");
		String email = uniqueEmail("lead");
		String password = "Pass-" + UUID.randomUUID();
		Response created = post("/api/v1/agents", adminToken(), Map.of("name", "Katrin Schneider " + unique(), "email",
				email, "password", password, "role", "lead", "locale", "de", "timeZone", "Europe/Berlin"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900))) {
			Page page = signedIn(context, new Reviewer(email, password, reviewer.review()));
			page.navigate(url("/quality/reports"));
			assertThat(page.locator("h1")).hasText("Qualitätsberichte");
			assertThat(page.locator("#red-lines-title")).hasText("Überschreitungen roter Linien");
			assertThat(page.locator("body")).not().containsText("red_line");
			assertThat(page.locator("body")).not().containsText(".0 ");
			screenshot(page, "quality-reports-desktop-de");
			String csvLink = page.locator("a[href^='/quality/reports/red-lines.csv']").getAttribute("href");
			com.microsoft.playwright.APIResponse csv = page.request().get(url(csvLink));
			assertThat(csv.status()).isEqualTo(200);
			assertThat(csv.headers().get("content-type")).startsWith("text/csv");
			assertThat(csv.text()).contains("ticket,number,agent,agentName,item,source,solvedAt,excerpt");

			page.navigate(url("/quality/scorecards"));
			assertThat(page.locator(".quality-card h3").first()).hasText("Rote Linie im Service");
			assertThat(page.locator("body")).not().containsText("red_line");
			screenshot(page, "quality-scorecards-desktop-de");
		}
	}

	@Test
	void anAdminGivesASamplingPlanItsReviewersAndSamplesTheWeek() {
		Response plan = post("/api/v1/sampling-plans", adminToken(),
				Map.of("name", "Browser plan " + unique(), "kind", "random_share", "sharePercent", 30));
		assertThat(plan.status()).as(plan.text()).isEqualTo(201);
		String id = plan.json().get("id").asString();
		TestAgent reviewer = newAgent("reviewer");
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900))) {
			Page page = signedIn(context, new Reviewer(adminEmail, adminPassword, ""));
			page.navigate(url("/quality/scorecards"));
			Locator form = page.locator("#plan-" + id);
			form.locator("label[for='r-" + id + "-" + reviewer.id() + "']").click();
			form.locator("#share-" + id).fill("40");
			form.locator("button[type=submit]").first().click();
			assertThat(page.locator(".alert-success")).hasText("Sampling plan saved.");
			screenshot(page, "quality-plans-desktop-en");

			page.locator("#plan-" + id + " button[type=submit]").nth(1).click();
			assertThat(page.locator(".alert-success")).containsText("Sampled:");
		}
		tools.jackson.databind.JsonNode saved = null;
		for (tools.jackson.databind.JsonNode p : get("/api/v1/sampling-plans", adminToken()).json().get("items")) {
			if (p.get("id").asString().equals(id)) {
				saved = p;
			}
		}
		assertThat(saved).isNotNull();
		assertThat(saved.get("sharePercent").asInt()).isEqualTo(40);
		assertThat(saved.get("reviewers").get(0).asString()).isEqualTo(reviewer.id());
	}

	private record Reviewer(String email, String password, String review) {
	}

	/** A reviewer in {@code locale} with a review of a solved conversation where the agent sent a card number. */
	private Reviewer reviewerWithReview(String locale) {
		String email = uniqueEmail("reviewer");
		String password = "Pass-" + UUID.randomUUID();
		Response created = post("/api/v1/agents", adminToken(), Map.of("name", "王芳 " + unique(), "email", email,
				"password", password, "role", "reviewer", "locale", locale, "timeZone", "Asia/Shanghai"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		String reviewerId = created.json().get("id").asString();
		TestAgent agent = newAgent("agent");
		String ticket = openTicket(ticketRequest(brand(), "退款 " + unique(), uniqueEmail("customer"),
				"我收到的杯子坏了，我要投诉！请退款。")).get("id").asString();
		post("/api/v1/tickets/" + ticket + "/messages", agent.token(),
				Map.of("body", "请把卡号 4111 1111 1111 1111 发给我们，我们来退款。"));
		patch("/api/v1/tickets/" + ticket, adminToken(), Map.of("status", "solved", "assignee", agent.id()));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> get("/api/v1/tickets/" + ticket + "/inspection", adminToken()).status() == 200);
		Response review = post("/api/v1/reviews", adminToken(), Map.of("ticket", ticket, "reviewer", reviewerId));
		assertThat(review.status()).as(review.text()).isEqualTo(201);
		return new Reviewer(email, password, review.json().get("id").asString());
	}

	private Page signedIn(BrowserContext context, Reviewer reviewer) {
		Page page = context.newPage();
		page.navigate(url("/login"));
		page.locator("#username").fill(reviewer.email());
		page.locator("#password").fill(reviewer.password());
		page.locator("form button[type=submit]").click();
		page.waitForURL(url("/inbox"));
		return page;
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}
}
