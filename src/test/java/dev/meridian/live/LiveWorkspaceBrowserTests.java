package dev.meridian.live;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Optional;
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
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.InboundMessage;
import dev.meridian.ticket.MessageBody;
import dev.meridian.ticket.OpenTicket;
import dev.meridian.ticket.TicketChanges;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The live workspace in headless Chromium: the inbox shows a new ticket and a new assignee without a reload, the
 * open ticket shows the customer's new message, and two agents on one ticket see each other and each other's typing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiveWorkspaceBrowserTests {

	private static final String PASSWORD = "Live-Test-Pass-1";

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
	void inboxAndOpenTicketUpdateWithoutReloadAndAgentsSeeEachOther() {
		String run = UUID.randomUUID().toString().substring(0, 6);
		BrandView brand = brands.create(new BrandDraft("Live Outfitters " + run, null, List.of()));
		AgentView ann = agent("Ann Live " + run, "ann-" + run);
		AgentView bob = agent("Bob Live " + run, "bob-" + run);
		CustomerView customer = customers.create(new CustomerDraft("Mia Chen", "mia." + run + "@example.com", "en",
				null, null, null));
		Browser browser = chromium.browser();
		try (BrowserContext annContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 850));
				BrowserContext bobContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 850))) {
			Page annPage = annContext.newPage();
			Chromium.signIn(annPage, base(), ann.email(), PASSWORD);
			annPage.navigate(base() + "/inbox?view=open&brand=" + brand.id());
			annPage.evaluate("window.__sameDocument = true");
			annPage.waitForFunction("document.getElementById('live').dataset.state === 'connected'");

			TicketView ticket = tickets.open(new OpenTicket("Zipper broke after a week " + run, brand.id(), Channel.EMAIL,
					customer.id(), MessageBody.text("The zipper of my jacket broke after one week."), null, List.of(),
					null));
			var row = annPage.locator(".ticket-row", new Page.LocatorOptions().setHasText(ticket.subject()));
			assertThat(row).isVisible();

			tickets.update(ticket.id(), new TicketChanges(null, null, Optional.of(bob.id()), null, null, null));
			assertThat(row.locator(".row-assignee")).containsText(bob.name());

			row.click();
			assertThat(annPage.locator("#ticket-pane .ticket-subject")).hasText(ticket.subject());
			tickets.receive(new InboundMessage(brand.id(), Channel.EMAIL, customer.id(), ticket.subject(),
					MessageBody.text("Photo attached later; it is the left pocket zipper."), ticket.id(), null));
			assertThat(annPage.locator("#conversation .msg-inbound").last()).containsText("left pocket zipper");
			assertThat(annPage.locator("#conversation .msg-inbound")).hasCount(2);

			Page bobPage = bobContext.newPage();
			Chromium.signIn(bobPage, base(), bob.email(), PASSWORD);
			bobPage.navigate(base() + "/tickets/" + ticket.id());
			assertThat(annPage.locator("#live-viewers")).containsText(bob.name());
			bobPage.locator("#composer-body").pressSequentially("Hi Mia, ", new com.microsoft.playwright.Locator
				.PressSequentiallyOptions().setDelay(40));
			assertThat(annPage.locator("#live-viewers .live-typing")).containsText(bob.name());
			assertThat(bobPage.locator("#live-viewers")).containsText(ann.name());
			Chromium.screenshot(annPage, "live-ticket-viewers-desktop-en");

			org.assertj.core.api.Assertions.assertThat(annPage.evaluate("window.__sameDocument === true"))
				.as("the inbox never reloaded")
				.isEqualTo(true);
		}
	}

	private AgentView agent(String name, String mailbox) {
		return agents.create(new AgentDraft(name, mailbox + "@meridian.test", PASSWORD, "agent", null, null, null, null,
				"UTC", "en", null, null, true));
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
