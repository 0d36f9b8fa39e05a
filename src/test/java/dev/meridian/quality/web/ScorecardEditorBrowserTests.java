package dev.meridian.quality.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.meridian.ApiTestSupport;
import dev.meridian.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A QA lead builds a scorecard with a red line in a real browser, then changes its items: version 2 scores from now
 * on and version 1 stays in the history. Desktop and phone screenshots land in {@code target/screenshots}.
 */
class ScorecardEditorBrowserTests extends ApiTestSupport {

	private static Chromium chromium;

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

	private static void fillRow(Page page, int row, String category, String name, String type, String points) {
		page.locator("#item-category-" + row).selectOption(category);
		page.locator("#item-name-" + row).fill(name);
		page.locator("#item-type-" + row).selectOption(type);
		if (!points.isEmpty()) {
			page.locator("#item-points-" + row).fill(points);
		}
	}

	@Test
	void aLeadCreatesAScorecardWithARedLineAndEditingItKeepsVersionOneInTheHistory() {
		String email = uniqueEmail("qa-lead");
		String password = "Pass-" + UUID.randomUUID();
		Response lead = post("/api/v1/agents", adminToken(), Map.of("name", "QA Lead " + unique(), "email", email,
				"password", password, "role", "lead", "locale", "en", "timeZone", "Europe/Lisbon"));
		assertThat(lead.status()).as(lead.text()).isEqualTo(201);
		String brand = newBrand();
		String name = "Marketplace chat " + unique();
		String base = "http://127.0.0.1:" + port;
		String scorecard;
		try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1366, 900))) {
			Page page = context.newPage();
			Chromium.signIn(page, base, email, password);
			page.navigate(base + "/quality/scorecards");
			page.locator("#new-scorecard").click();
			page.locator("#name").fill(name);
			page.locator("#brand").selectOption(brand);
			page.locator("#channel").selectOption("marketplace");
			fillRow(page, 0, "red_line", "Never asks for a card number", "red_line", "");
			fillRow(page, 1, "attitude", "Greets the buyer by name", "yes_no", "20");
			fillRow(page, 2, "product_knowledge", "Knows the product", "scale", "30");
			assertThat(page.locator("#item-points-0")).isHidden();
			assertThat(page.locator("#item-points-0 ~ .quality-red-line-note")).hasText("Fails the conversation");
			assertThat(page.locator("#item-points-1")).isVisible();
			screenshot(page, "quality-scorecard-new-desktop-en");
			page.locator("form.quality-scorecard-form button[type=submit]").click();

			assertThat(page.locator(".alert-success")).hasText("Scorecard created.");
			assertThat(page.locator("h1")).hasText(name);
			assertThat(page.locator("#version-1 .badge.text-bg-primary")).hasText("In use");
			scorecard = page.url().substring(page.url().lastIndexOf('/') + 1);

			page.locator("#edit-scorecard").click();
			assertThat(page.locator("#item-key-0")).hasValue("never_asks_for_a_card_number");
			page.locator("#item-points-1").fill("15");
			fillRow(page, 3, "process", "Notes the order number", "yes_no", "10");
			page.locator("form.quality-scorecard-form button[type=submit]").click();

			assertThat(page.locator(".alert-success")).containsText("saved as a new version");
			Locator two = page.locator("#version-2");
			assertThat(two.locator(".badge.text-bg-primary")).hasText("In use");
			assertThat(two.locator(".quality-change")).hasText(new String[] { "Changed", "New" });
			assertThat(two).containsText("55 points");
			Locator one = page.locator("#version-1");
			assertThat(one).containsText("Never asks for a card number");
			assertThat(one).containsText("50 points");
			assertThat(one).not().containsText("Notes the order number");
			assertThat(one.locator(".badge.text-bg-primary")).hasCount(0);
			screenshot(page, "quality-scorecard-history-desktop-en");
		}
		try (BrowserContext phone = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setIsMobile(true).setHasTouch(true))) {
			Page page = phone.newPage();
			Chromium.signIn(page, base, email, password);
			page.navigate(base + "/quality/scorecards/" + scorecard + "/edit");
			assertThat(page.locator("#item-name-3")).hasValue("Notes the order number");
			assertNoSidewaysScrolling(page);
			screenshot(page, "quality-scorecard-edit-phone-en");
			page.navigate(base + "/quality/scorecards/" + scorecard);
			assertThat(page.locator("#version-1")).isVisible();
			assertNoSidewaysScrolling(page);
			screenshot(page, "quality-scorecard-history-phone-en");
		}
		JsonNode versions = get("/api/v1/scorecards/" + scorecard + "/versions", adminToken()).json().get("items");
		assertThat(versions).hasSize(2);
		assertThat(versions.get(0).get("maxPoints").asInt()).isEqualTo(50);
		assertThat(versions.get(1).get("maxPoints").asInt()).isEqualTo(55);
	}

	@Test
	void theRuleFormShowsTheChosenKindsFieldsAndKeepsAListPerLanguage() {
		String name = "Promises " + unique();
		String base = "http://127.0.0.1:" + port;
		try (BrowserContext phone = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setIsMobile(true).setHasTouch(true))) {
			Page page = phone.newPage();
			Chromium.signIn(page, base, adminEmail, adminPassword);
			page.navigate(base + "/quality/scorecards");
			page.locator("#new-rule").click();
			assertThat(page.locator("#target")).isVisible();
			assertThat(page.locator("#minutes")).isHidden();
			page.locator("#kind").selectOption("patterns");
			page.locator("#name").fill(name);
			page.locator("#item").selectOption("policy_promise");
			page.locator("#enabled").uncheck();
			page.locator("#list-language-0").fill("zh");
			page.locator("#list-entries-0").fill("保证.{0,6}退款");
			page.locator("#list-language-1").fill("en");
			page.locator("#list-entries-1").fill("guarantee(d)? a refund\nrefund (within|in) \\d+ hours");
			assertNoSidewaysScrolling(page);
			screenshot(page, "quality-rule-new-phone-en");
			page.locator("form.quality-rule-form button[type=submit]").click();

			assertThat(page.locator(".alert-success")).hasText("Rule created. It inspects the conversations solved from now on.");
			Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(name));
			assertThat(row).containsText("en · zh");
			assertThat(row).containsText("Off");
			assertNoSidewaysScrolling(page);
			screenshot(page, "quality-rules-phone-en");
			page.onceDialog(dialog -> dialog.accept());
			row.locator(".quality-rule-delete").click();
			assertThat(page.locator(".alert-success")).containsText("Rule deleted.");
			assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(name))).hasCount(0);
		}
	}

	/** A phone-emulating Chromium widens its layout viewport to fit content that overflows, so compare to 390 px. */
	private static void assertNoSidewaysScrolling(Page page) {
		Object width = page.evaluate("() => Math.max(document.documentElement.scrollWidth, window.innerWidth)");
		Object widest = page.evaluate("() => [...document.querySelectorAll('body *')]"
				+ ".filter(e => e.getBoundingClientRect().right > 390)"
				+ ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(-5)");
		assertThat(((Number) width).intValue()).as("page width on a 390 px phone; reaching past it: %s", widest)
			.isLessThanOrEqualTo(390);
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}
}
