package dev.meridian.automation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.meridian.automation.Triggers;
import dev.meridian.customer.CustomerDraft;
import dev.meridian.customer.CustomerView;
import dev.meridian.customer.Customers;
import dev.meridian.identity.BrandDraft;
import dev.meridian.identity.BrandView;
import dev.meridian.identity.Brands;
import dev.meridian.ticket.*;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * An admin writes a trigger on the admin page; a matching ticket arrives, the trigger raises its priority and the
 * admin's bell shows the notification. Screenshots land in {@code target/screenshots}.
 */
class TriggerAdminBrowserTests extends BrowserTestSupport {

	@Value("${meridian.identity.admin-email}")
	String adminEmail;

	@Value("${meridian.identity.admin-password}")
	String adminPassword;

	@Autowired
	Brands brands;

	@Autowired
	Customers customers;

	@Autowired
	Tickets tickets;

	@Autowired
	Triggers triggers;

	@Autowired
	dev.meridian.automation.Webhooks webhooks;

	/** A subscription left behind would queue deliveries for every later test's tickets on the shared database. */
	@org.junit.jupiter.api.AfterEach
	void unsubscribe() {
		webhooks.all().forEach(w -> webhooks.delete(w.id()));
	}

	@Test
	void adminWritesATriggerAndSeesItsNotificationInTheBell() {
		String run = UUID.randomUUID().toString().substring(0, 6);
		String tag = "refund-" + run;
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
			.setViewportSize(1366, 850)
			.setLocale("en-US"))) {
			Page page = context.newPage();
			signIn(page, adminEmail, adminPassword);

			page.navigate(url("/admin/triggers/new"));
			page.locator("#name").fill("Refunds are urgent " + run);
			page.locator("#event-ticket_created").check();
			page.locator("#cond-field-0").selectOption("ticket.tags");
			page.locator("#cond-op-0").selectOption("contains");
			page.locator("#cond-value-0").fill(tag);
			page.locator("#action-type-0").selectOption("set_priority");
			page.locator("#action-value-0").fill("urgent");
			page.locator("#action-type-1").selectOption("notify");
			page.locator("#action-option-1").fill(adminEmail);
			page.locator("#action-value-1").fill("Refund request #{{ticket.number}} from {{customer.name}}");
			screenshot(page, "trigger-form-desktop-en");
			page.locator("main form button[type=submit]").click();
			page.waitForURL(url("/admin/triggers"));
			assertThat(page.locator("main table")).containsText("Refunds are urgent " + run);
			screenshot(page, "triggers-desktop-en");

			BrandView brand = brands.create(new BrandDraft("Refund Shop " + run, null, List.of()));
			CustomerView customer = customers.create(new CustomerDraft("Camille Martin", "camille." + run + "@example.com",
					"fr", null, "FR", null));
			TicketView ticket = tickets.open(new OpenTicket("Remboursement " + run, brand.id(), Channel.EMAIL,
					customer.id(), MessageBody.text("Bonjour, je voudrais être remboursée."), null, List.of(tag), null));
			await().atMost(Duration.ofSeconds(20)).until(() -> tickets.get(ticket.id()).priority() == Priority.URGENT);

			page.navigate(url("/inbox"));
			assertThat(page.locator("#bell-count")).not().hasClass(java.util.regex.Pattern.compile(".*d-none.*"));
			page.locator("#bell").click();
			assertThat(page.locator("#bell-menu")).containsText("Refund request #" + ticket.number() + " from Camille Martin");
			screenshot(page, "bell-desktop-en");
		}
		assertThat(triggers.all()).anySatisfy(t -> {
			assertThat(t.name()).isEqualTo("Refunds are urgent " + run);
			assertThat(t.fireCount()).isEqualTo(1);
		});
	}

	@Test
	void adminSubscribesAWebhookSeesItsSecretOnceAndSendsADeliveryAgain() {
		String run = UUID.randomUUID().toString().substring(0, 6);
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
			.setViewportSize(1366, 850)
			.setLocale("en-US"))) {
			Page page = context.newPage();
			signIn(page, adminEmail, adminPassword);
			page.navigate(url("/admin/webhooks/new"));
			page.locator("#name").fill("ERP " + run);
			page.locator("#url").fill("http://127.0.0.1:9/hook-" + run);
			page.locator("#event-message\\.received").uncheck();
			page.locator("main form button[type=submit]").first().click();
			assertThat(page.locator("#webhook-secret")).containsText("whsec_");

			BrandView brand = brands.create(new BrandDraft("Webhook Shop " + run, null, List.of()));
			CustomerView customer = customers.create(new CustomerDraft("Sofía García", "sofia." + run + "@example.com",
					"es", null, "ES", null));
			tickets.open(new OpenTicket("Pedido " + run, brand.id(), Channel.EMAIL, customer.id(),
					MessageBody.text("Hola, ¿dónde está mi pedido?"), null, List.of(), null));
			String path = page.url().substring(page.url().indexOf("/admin/webhooks/"));
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				page.navigate(url(path));
				return page.locator(".delivery-row").count() > 0
						&& page.locator(".delivery-row").first().innerText().contains("ConnectException");
			});
			assertThat(page.locator("#webhook-secret")).hasCount(0);
			screenshot(page, "webhook-desktop-en");
			page.locator(".delivery-row button").first().click();
			assertThat(page.locator("main .alert-success")).containsText("queued again");
		}
	}
}
