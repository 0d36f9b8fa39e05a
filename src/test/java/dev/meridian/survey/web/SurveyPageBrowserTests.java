package dev.meridian.survey.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.meridian.ApiTestSupport;
import dev.meridian.Chromium;
import dev.meridian.survey.Satisfaction;
import dev.meridian.survey.Surveys;
import dev.meridian.ticket.TicketId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rating page on a 390 px phone in headless Chromium, in English and Chinese: the scores fit without sideways
 * scrolling, the link's score is marked, one tap stores the rating with the comment, and the page thanks the
 * customer; the agent then sees the rating in the head of the ticket.
 */
class SurveyPageBrowserTests extends ApiTestSupport {

	private static Chromium chromium;

	@Autowired
	Surveys surveys;

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
	void aCustomerRatesOnAPhoneWithOneTapAndIsThanked() {
		TicketId ticket = TicketId.parse(openTicket("Tent pole snapped on the second night of the trip " + unique())
			.get("id").asString());
		String token = surveys.invite(ticket).token();
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			page.navigate(uri("/survey/" + token + "?score=4").toString());
			assertThat(page.locator("[data-score='4']")).hasAttribute("aria-pressed", "true");
			Chromium.assertNoSidewaysScroll(page);
			Chromium.screenshot(page, "survey-phone-en");

			page.locator("#survey-comment").fill("Replacement arrived in two days");
			page.locator("[data-score='4']").click();
			assertThat(page.locator("#survey-state")).hasAttribute("data-state", "answered");
			assertThat(page.locator("main")).containsText("Thank you for your rating!");
			Chromium.assertNoSidewaysScroll(page);
			Chromium.screenshot(page, "survey-phone-en-thanks");
		}
		Satisfaction answer = surveys.of(ticket).orElseThrow();
		assertThat(answer.score()).isEqualTo(4);
		assertThat(answer.comment()).isEqualTo("Replacement arrived in two days");
	}

	@Test
	void theChinesePageFitsAPhoneToo() {
		String id = openTicket("帐篷杆断了 " + unique()).get("id").asString();
		patch("/api/v1/tickets/" + id, adminToken(), Map.of("language", "zh-CN"));
		String token = surveys.invite(TicketId.parse(id)).token();
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			page.navigate(uri("/survey/" + token).toString());
			assertThat(page.locator("h1")).containsText("您对本次获得的帮助满意吗");
			Chromium.assertNoSidewaysScroll(page);
			Chromium.screenshot(page, "survey-phone-zh-CN");
			page.locator("[data-score='1']").click();
			assertThat(page.locator("main")).containsText("感谢您的评价");
		}
	}

	@Test
	void theAgentSeesTheCustomersRatingInTheHeadOfTheTicket() {
		String id = openTicket("Wobbly table " + unique()).get("id").asString();
		surveys.answer(surveys.invite(TicketId.parse(id)).token(), 2, "The first answer missed my question");
		TestAgent agent = newAgent("agent");
		try (BrowserContext desk = chromium.browser().newContext(new Browser.NewContextOptions()
			.setViewportSize(1366, 850))) {
			Page page = desk.newPage();
			Chromium.signIn(page, uri("").toString(), agent.email(), agent.password());
			page.navigate(uri("/tickets/" + id).toString());
			Locator badge = page.locator("#csat-badge .csat-badge");
			assertThat(badge).containsText("2/5");
			assertThat(badge).containsText("The first answer missed my question");
			assertThat(badge).hasAttribute("aria-label", "Customer rating: 2 of 5, Dissatisfied");
			Chromium.screenshot(page, "survey-badge-desktop-en");
		}
	}

	private static BrowserContext phone() {
		return chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setIsMobile(true).setHasTouch(true));
	}
}
