package dev.meridian.language.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.meridian.Chromium;
import dev.meridian.channel.email.MailboxDraft;
import dev.meridian.channel.email.MailboxView;
import dev.meridian.channel.email.Mailboxes;
import dev.meridian.channel.email.internal.ImapMailboxPoller;
import dev.meridian.channel.email.internal.outbound.OutboxDispatcher;
import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.AgentId;
import dev.meridian.identity.Agents;
import dev.meridian.identity.BrandDraft;
import dev.meridian.identity.BrandView;
import dev.meridian.identity.Brands;
import dev.meridian.language.ProviderDraft;
import dev.meridian.language.ProviderKind;
import dev.meridian.language.TranslationProviders;
import dev.meridian.language.internal.DeepLStandIn;
import dev.meridian.language.internal.ProviderStandIn;
import dev.meridian.ticket.AgentOriginal;
import dev.meridian.ticket.MessageView;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 7's conversation across languages in a real browser, with real mail (GreenMail) and a local DeepL stand-in:
 * a German customer writes; the agent reads the message translated into their own language beside the original,
 * writes the reply in their language, previews it in German, edits the German and sends it; the customer receives
 * exactly the edited German, and the agent's own words stay visible to agents beside the reply. Once in English (the
 * agent asks for the translation) and once in Simplified Chinese (the agent's profile translates automatically).
 * Screenshots land in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TranslatedConversationBrowserTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
		.withPerMethodLifecycle(false);

	private static final String PASSWORD = "Browser-Translate-Pass-1";
	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
	private static final Duration SWAP = Duration.ofSeconds(15);

	private static Playwright playwright;
	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	Brands brands;

	@Autowired
	Agents agents;

	@Autowired
	Tickets tickets;

	@Autowired
	Mailboxes mailboxes;

	@Autowired
	dev.meridian.customer.Customers customers;

	@Autowired
	ImapMailboxPoller poller;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	TranslationProviders providers;

	private final DeepLStandIn deepl = new DeepLStandIn();
	private AgentId admin;
	private String run;
	private String customer;
	private MailboxView mailbox;

	@BeforeAll
	static void launchBrowser() throws IOException {
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

	@BeforeEach
	void setUp() {
		run = UUID.randomUUID().toString().substring(0, 6);
		admin = agents.byEmail("admin@meridian.test").orElseThrow().id();
		providers.configure(new ProviderDraft(ProviderKind.DEEPL, deepl.baseUrl(), null, null, null,
				new ProviderDraft.KeyChange.Set(ProviderStandIn.VALID_KEY)), admin);
		BrandView brand = brands.create(new BrandDraft("Bergwelt " + run, "https://bergwelt.example", List.of()));
		String support = "support-" + run + "@bergwelt.example";
		customer = "jonas-" + run + "@kunde.example";
		greenMail.setUser(support, support, "support-pass");
		greenMail.setUser(customer, customer, "customer-pass");
		mailbox = mailboxes.create(new MailboxDraft(brand.id().toString(), "Kundenservice", support, "Bergwelt Support",
				new MailboxDraft.ImapDraft("127.0.0.1", greenMail.getImap().getPort(), "none", support, "support-pass",
						"INBOX", "mark-seen", null),
				false, new MailboxDraft.SmtpDraft("127.0.0.1", greenMail.getSmtp().getPort(), "none", support,
						"support-pass"),
				false));
	}

	@AfterEach
	void switchTranslationOff() {
		providers.configure(new ProviderDraft(ProviderKind.NONE, null, null, null, null,
				new ProviderDraft.KeyChange.Remove()), admin);
		deepl.close();
	}

	@Test
	void anEnglishAgentAnswersAGermanCustomerInGermanWhileWritingEnglish() throws Exception {
		String german = "Hallo, ich habe vor zwei Wochen die Wanderjacke bestellt (Bestellung " + run + "), aber sie ist "
				+ "immer noch nicht angekommen. Können Sie bitte nachsehen, wo sie ist?\nViele Grüße\nJonas Weber";
		String englishOfGerman = "Hello, I ordered the hiking jacket two weeks ago (order " + run + "), but it still has "
				+ "not arrived. Could you please check where it is?\nBest regards\nJonas Weber";
		String draft = "Hello Jonas, I am sorry for the wait. Your jacket left our warehouse yesterday and will arrive "
				+ "on Friday.";
		String machineGerman = "Hallo Jonas, es tut mir leid, dass Sie warten mussten. Ihre Jacke hat gestern unser Lager "
				+ "verlassen und wird am Freitag ankommen.";
		String editedGerman = "Hallo Herr Weber, es tut mir leid, dass Sie warten mussten. Ihre Jacke hat gestern unser "
				+ "Lager verlassen und kommt am Freitag bei Ihnen an.";
		deepl.teach(german, englishOfGerman);
		deepl.teach(draft, machineGerman);

		conversation("en", false, german, englishOfGerman, draft, machineGerman, editedGerman);
	}

	@Test
	void aChineseAgentWhoseProfileTranslatesAutomaticallyAnswersInGerman() throws Exception {
		String german = "Guten Tag, die Schuhe aus meiner Bestellung " + run + " sind zu klein. Kann ich sie gegen "
				+ "Größe 43 umtauschen?\nDanke und viele Grüße\nJonas Weber";
		String chineseOfGerman = "您好，我订单 " + run + " 里的鞋子太小了。可以换成 43 码吗？\n谢谢，祝好\nJonas Weber";
		String draft = "您好，可以换货。请把鞋子寄回给我们，我们收到后会立即寄出 43 码。";
		String machineGerman = "Guten Tag, ein Umtausch ist möglich. Bitte senden Sie uns die Schuhe zurück; sobald sie "
				+ "ankommen, schicken wir Größe 43 los.";
		String editedGerman = "Guten Tag Herr Weber, ein Umtausch ist gern möglich. Bitte senden Sie uns die Schuhe "
				+ "zurück; sobald sie ankommen, schicken wir Ihnen Größe 43.";
		deepl.teach(german, chineseOfGerman);
		deepl.teach(draft, machineGerman);

		conversation("zh-CN", true, german, chineseOfGerman, draft, machineGerman, editedGerman);
	}

	private void conversation(String locale, boolean automatic, String german, String translatedGerman, String draft,
			String machineGerman, String editedGerman) throws Exception {
		MimeMessage mail = new MimeMessage(Session.getInstance(smtp()));
		mail.setFrom(new InternetAddress(customer, "Jonas Weber"));
		mail.setRecipients(jakarta.mail.Message.RecipientType.TO, mailbox.address());
		mail.setSubject("Wo ist meine Bestellung " + run + "?", "UTF-8");
		mail.setText(german, "UTF-8");
		mail.saveChanges();
		Transport.send(mail);
		assertThat(poller.poll(mailbox.id().value())).isEqualTo(1);
		var buyer = customers.identify(dev.meridian.customer.CustomerIdentity.email(customer), null).id();
		TicketView ticket = tickets.list(dev.meridian.ticket.TicketFilter.all().withCustomer(buyer),
				dev.meridian.ticket.TicketSort.NEWEST, dev.meridian.shared.PageRequest.of(5, null)).items().get(0);
		assertThat(ticket.language()).isEqualTo("de");

		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900)
			.setLocale(locale))) {
			Page page = signedIn(context, locale, automatic);
			page.navigate(url("/tickets/" + ticket.id()));
			Locator inbound = page.locator("#conversation .msg-inbound").first();
			assertThat(inbound.locator(".msg-lang")).hasText("en".equals(locale) ? "German" : "德语");
			if (!automatic) {
				assertThat(inbound.locator(".msg-translate")).hasText("Translate into English");
				inbound.locator(".msg-translate").click();
			}
			Locator translation = inbound.locator(".msg-translation-result");
			assertThat(translation).containsText(firstLine(translatedGerman),
					new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(SWAP.toMillis()));
			assertThat(translation).containsText("en".equals(locale) ? "Translated from German into English" : "已从德语翻译成中文");
			assertThat(inbound.locator(".msg-body")).containsText(firstLine(german));
			screenshot(page, "translated-message-" + locale);

			page.locator("#composer-body").fill(draft);
			page.locator("#composer .composer-translate").click();
			Locator preview = page.locator("#composer-translated");
			assertThat(preview).hasValue(machineGerman,
					new com.microsoft.playwright.assertions.LocatorAssertions.HasValueOptions().setTimeout(SWAP.toMillis()));
			assertThat(page.locator("#composer-translation")).containsText("en".equals(locale)
					? "Your English text stays with the message, for agents only." : "仅客服可见");
			preview.fill(editedGerman);
			screenshot(page, "composer-preview-" + locale);

			page.locator("#composer button[type=submit].btn-primary").click();
			Locator reply = page.locator("#conversation .msg-outbound").last();
			assertThat(reply.locator(".msg-body")).containsText(firstLine(editedGerman),
					new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(SWAP.toMillis()));
			assertThat(reply.locator(".msg-original")).containsText(draft);
			assertThat(reply.locator(".msg-original")).containsText("en".equals(locale)
					? "Written in English by the agent · agents only" : "客服用中文 (简体)撰写的原文 · 仅客服可见");
			assertThat(page.locator("#composer-translated")).hasCount(0);
			screenshot(page, "translated-reply-" + locale);

			page.reload();
			assertThat(page.locator("#conversation .msg-outbound").last().locator(".msg-original")).containsText(draft);
		}
		try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true).setLocale(locale))) {
			Page page = signedIn(phone, locale, true);
			page.navigate(url("/tickets/" + ticket.id()));
			assertThat(page.locator("#conversation .msg-inbound .msg-translation-result").first())
				.containsText(firstLine(translatedGerman),
						new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(SWAP.toMillis()));
			Chromium.assertNoSidewaysScroll(page);
			screenshot(page, "translated-ticket-phone-" + locale);
		}

		MessageView sent = tickets.conversation(ticket.id()).get(1);
		assertThat(sent.body()).isEqualTo(editedGerman);
		assertThat(sent.agentOriginal()).isEqualTo(new AgentOriginal(draft, locale));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			dispatcher.dispatchDue();
			assertThat(received()).isNotEmpty();
		});
		MimeMessage delivered = received().get(0);
		String text = plainText(delivered);
		assertThat(text).as("the customer receives the edited German").contains(firstLine(editedGerman))
			.doesNotContain(machineGerman).doesNotContain(draft);
		assertThat(delivered.getSubject()).contains("[#" + ticket.number() + "]");
	}

	private List<MimeMessage> received() {
		return Arrays.stream(greenMail.getReceivedMessagesForDomain("kunde.example"))
			.filter(m -> {
				try {
					return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(customer));
				}
				catch (MessagingException e) {
					return false;
				}
			})
			.toList();
	}

	private static String plainText(jakarta.mail.Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				text.append(plainText(child));
			}
			return text.toString();
		}
		return "";
	}

	private static String firstLine(String text) {
		return text.lines().findFirst().orElse(text);
	}

	private Properties smtp() {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", String.valueOf(greenMail.getSmtp().getPort()));
		return properties;
	}

	private Page signedIn(BrowserContext context, String locale, boolean automatic) {
		String email = "translate-" + UUID.randomUUID().toString().substring(0, 8) + "@meridian.test";
		String name = "en".equals(locale) ? "Ana Costa" : "李静";
		var agent = agents.create(new AgentDraft(name, email, PASSWORD, "agent", null, List.of(locale), null, null,
				"Europe/Lisbon", locale, null, "online", true));
		agents.changeAutoTranslate(agent.id(), automatic);
		Page page = context.newPage();
		page.navigate(url("/login"));
		page.locator("#username").fill(email);
		page.locator("#password").fill(PASSWORD);
		page.locator("form button[type=submit]").click();
		page.waitForURL(url("/inbox"));
		return page;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}
}
