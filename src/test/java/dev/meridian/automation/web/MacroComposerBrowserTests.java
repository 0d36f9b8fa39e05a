package dev.meridian.automation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.meridian.automation.MacroChanges;
import dev.meridian.automation.MacroDraft;
import dev.meridian.automation.MacroView;
import dev.meridian.automation.Macros;
import dev.meridian.customer.CustomerDraft;
import dev.meridian.customer.CustomerView;
import dev.meridian.customer.Customers;
import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.AgentView;
import dev.meridian.identity.Agents;
import dev.meridian.identity.BrandDraft;
import dev.meridian.identity.BrandView;
import dev.meridian.identity.Brands;
import dev.meridian.ticket.*;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An agent applies a macro in the composer of a real browser: {@code m} opens the picker, typing finds the macro,
 * Enter applies it. The German customer's text lands in the composer with the placeholders filled, and the field
 * changes show in the side panel. Screenshots land in {@code target/screenshots}.
 */
class MacroComposerBrowserTests extends BrowserTestSupport {

	private static final String PASSWORD = "Macro-Browser-Pass-1";

	@Autowired
	Brands brands;

	@Autowired
	Agents agents;

	@Autowired
	Customers customers;

	@Autowired
	Tickets tickets;

	@Autowired
	Macros macros;

	@Test
	void agentAppliesAMacroWithTheKeyboardAndReviewsTheReply() {
		String run = UUID.randomUUID().toString().substring(0, 6);
		BrandView brand = brands.create(new BrandDraft("Alpenglow " + run, "https://alpenglow.example", List.of()));
		AgentView agent = agents.create(new AgentDraft("Ana Lima", "ana." + run + "@meridian.test", PASSWORD, "agent",
				List.of(), List.of("en", "de"), List.of(), 1, "Europe/Lisbon", "en", 20, "online", true));
		CustomerView jonas = customers.create(new CustomerDraft("Jonas Weber", "jonas." + run + "@example.com", "de-AT",
				"Europe/Vienna", "AT", null));
		TicketView ticket = tickets.open(new OpenTicket("Wo ist meine Bestellung? " + run, brand.id(), Channel.EMAIL,
				jonas.id(), MessageBody.text("Hallo, meine Bestellung ist seit einer Woche unterwegs. Wo ist sie?"),
				Priority.NORMAL, List.of("order:303-" + run), null));
		MacroView macro = macros.create(new MacroDraft("Parcel tracing " + run, false, Map.of(
				"en", "Hi {{customer.first_name}}, we are tracing order {{ticket.order_id}}. {{agent.name}}",
				"de", "Hallo {{customer.first_name}},\nwir verfolgen Ihre Bestellung {{ticket.order_id}} beim Paketdienst.\n"
						+ "Viele Grüße\n{{agent.name}}"),
				new MacroChanges(null, Priority.HIGH, List.of("tracing"), List.of(), null)), agent.id(), false);

		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
			.setViewportSize(1366, 850)
			.setLocale("en-US"))) {
			Page page = context.newPage();
			signIn(page, agent.email(), PASSWORD);
			page.navigate(url("/tickets/" + ticket.id()));
			assertThat(page.locator("#ticket-pane .ticket-subject")).hasText(ticket.subject());

			page.locator("body").click();
			page.keyboard().press("m");
			assertThat(page.locator("#macro-search")).isFocused();
			page.keyboard().type("parcel " + run);
			// The composer sits at the foot of the screen: the list opens upwards, so the match is in sight.
			assertThat(page.locator(".macro-item", new Page.LocatorOptions().setHasText("Parcel tracing " + run)))
				.isInViewport();
			screenshot(page, "macro-picker-desktop-en");
			page.keyboard().press("Enter");

			assertThat(page.locator("#composer-body")).hasValue("Hallo Jonas,\nwir verfolgen Ihre Bestellung 303-" + run
					+ " beim Paketdienst.\nViele Grüße\nAna Lima");
			assertThat(page.locator("#f-priority")).hasValue("high");
			assertThat(page.locator("#f-tags")).hasValue(java.util.regex.Pattern.compile(".*tracing.*"));
			screenshot(page, "macro-applied-desktop-en");
		}
		assertThat(macros.get(macro.id(), agent.id()).usageCount()).isEqualTo(1);
		assertThat(tickets.get(ticket.id()).priority()).isEqualTo(Priority.HIGH);
	}

	@Test
	void agentManagesTheirMacrosOnTheMacrosPage() {
		String run = UUID.randomUUID().toString().substring(0, 6);
		AgentView agent = agents.create(new AgentDraft("Bo Chen", "bo." + run + "@meridian.test", PASSWORD, "agent",
				List.of(), List.of("en", "zh-CN"), List.of(), 1, "Asia/Shanghai", "zh-CN", 20, "online", true));
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
			.setViewportSize(1366, 850)
			.setLocale("zh-CN"))) {
			Page page = context.newPage();
			signIn(page, agent.email(), PASSWORD);
			page.navigate(url("/macros/new"));
			assertThat(page.locator("#shared")).isDisabled();
			page.locator("#name").fill("退款说明 " + run);
			page.locator("#lang-0").fill("zh-CN");
			page.locator("#body-0").fill("{{customer.name}}，您好！退款已处理。");
			page.locator("#lang-1").fill("en");
			page.locator("#body-1").fill("Hi {{customer.first_name}}, your refund is on its way.");
			page.locator("#status").selectOption("solved");
			screenshot(page, "macro-form-desktop-zh");
			page.locator("main form button[type=submit]").click();
			page.waitForURL(url("/macros"));
			assertThat(page.locator("main table")).containsText("退款说明 " + run);
			screenshot(page, "macros-desktop-zh");

			page.navigate(url("/macros/new"));
			page.locator("#name").fill("Typo " + run);
			page.locator("#lang-0").fill("en");
			page.locator("#body-0").fill("Hi {{customer.frist_name}}");
			page.locator("main form button[type=submit]").click();
			assertThat(page.locator("#form-error")).containsText("customer.frist_name");
		}
		assertThat(macros.availableTo(agent.id())).anySatisfy(m -> {
			assertThat(m.name()).isEqualTo("退款说明 " + run);
			assertThat(m.shared()).isFalse();
			assertThat(m.variants()).containsKeys("zh-CN", "en");
			assertThat(m.changes().status()).isEqualTo(TicketStatus.SOLVED);
		});
	}

}
