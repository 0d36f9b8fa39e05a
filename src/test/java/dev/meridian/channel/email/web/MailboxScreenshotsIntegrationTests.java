package dev.meridian.channel.email.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.RequestOptions;
import dev.meridian.channel.email.MailboxDraft;
import dev.meridian.channel.email.MailboxView;
import dev.meridian.channel.email.Mailboxes;
import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.Agents;
import dev.meridian.identity.BrandDraft;
import dev.meridian.identity.BrandView;
import dev.meridian.identity.Brands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The mailbox pages in headless Chromium at desktop and phone width, in English and Chinese, into
 * {@code target/screenshots/mailboxes-*.png}; fails on a raw message key, an error page or a page wider than the
 * phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:mailbox-screenshots;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=", "db-scheduler.enabled=false" })
class MailboxScreenshotsIntegrationTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	private static final Path OUT = Path.of("target/screenshots");
	private static final String PASSWORD = "screenshot-pass-1";

	@LocalServerPort
	int port;

	@Autowired
	Brands brands;

	@Autowired
	Agents agents;

	@Autowired
	Mailboxes mailboxes;

	@Autowired
	JdbcClient jdbc;

	@Test
	void capturesTheMailboxPages() throws Exception {
		assumeTrue(Files.isExecutable(CHROMIUM), "needs Debian's chromium at /usr/bin/chromium");
		Files.createDirectories(OUT);
		BrandView brand = brands.create(new BrandDraft("Lumen Home", "https://lumenhome.example", List.of("amazon-de")));
		MailboxView polled = mailboxes.create(new MailboxDraft(brand.id().toString(), "Kundenservice DE",
				"kundenservice@lumenhome.example", "Lumen Home Kundenservice",
				new MailboxDraft.ImapDraft("imap.lumenhome.example", null, "tls", "kundenservice@lumenhome.example",
						"secret", "INBOX", "move", "Imported"),
				false, new MailboxDraft.SmtpDraft("smtp.lumenhome.example", null, "starttls", "kundenservice", "secret"),
				false));
		mailboxes.create(new MailboxDraft(brand.id().toString(), "Amazon relay", "amazon@lumenhome.example", null, null,
				false, null, false));
		MailboxDraft.OAuthDraft google = new MailboxDraft.OAuthDraft("google", null, null,
				"8214-lumen.apps.googleusercontent.com", "secret", "refresh", null);
		MailboxView oauth = mailboxes.create(new MailboxDraft(brand.id().toString(), "Support FR", "support@lumenhome.example",
				null, new MailboxDraft.ImapDraft("imap.gmail.com", null, "tls", "support@lumenhome.example", null, "INBOX",
						"mark-seen", null, google),
				false, new MailboxDraft.SmtpDraft("smtp.gmail.com", null, "starttls", "support@lumenhome.example", null,
						google),
				false));
		// how a revoked consent looks: the badge in the list and the provider's answer on the mailbox page
		jdbc.sql("update mailbox set imap_oauth_refused = ?, imap_oauth_refused_at = current_timestamp where id = ?")
			.param("OAuth invalid_grant from oauth2.googleapis.com: the refresh token is no longer accepted (consent "
					+ "revoked, password changed, token expired or replaced): obtain a new refresh token and save it "
					+ "(Token has been expired or revoked.)")
			.param(oauth.id().value()).update();
		agents.create(new AgentDraft("Alex Morgan", "alex@meridian.example", PASSWORD, "admin", null, null, null, null,
				null, "en", null, null, true));
		agents.create(new AgentDraft("王芳", "wang@meridian.example", PASSWORD, "admin", null, null, null, null, null,
				"zh-CN", null, null, true));
		List<String> problems = new ArrayList<>();
		try (Playwright playwright = Playwright.create(); Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")))) {
			for (String language : List.of("en", "zh")) {
				for (boolean phone : List.of(false, true)) {
					try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
						.setViewportSize(phone ? 390 : 1366, phone ? 844 : 850).setIsMobile(phone).setHasTouch(phone))) {
						signIn(context, language.equals("en") ? "alex@meridian.example" : "wang@meridian.example");
						Page page = context.newPage();
						String suffix = language + "-" + (phone ? "phone" : "desktop");
						shoot(page, "/admin/mailboxes", "mailboxes-list-" + suffix, phone, problems);
						shoot(page, "/admin/mailboxes/new", "mailboxes-new-" + suffix, phone, problems);
						shoot(page, "/admin/mailboxes/" + polled.id() + "/edit", "mailboxes-edit-" + suffix, phone, problems);
						shoot(page, "/admin/mailboxes/" + oauth.id() + "/edit", "mailboxes-edit-oauth-" + suffix, phone, problems);
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private void shoot(Page page, String path, String name, boolean phone, List<String> problems) {
		var response = page.navigate("http://localhost:" + port + path);
		page.waitForLoadState(LoadState.NETWORKIDLE);
		if (response == null || response.status() != 200) {
			problems.add(name + ": HTTP " + (response == null ? "none" : response.status()));
		}
		String text = page.innerText("main");
		if (text.contains("??")) {
			problems.add(name + ": a missing message key near " + text.substring(text.indexOf("??")).lines().findFirst().orElse(""));
		}
		int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
		if (phone && width > 390) {
			problems.add(name + ": " + width + " px wide on a 390 px phone");
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(OUT.resolve(name + ".png")).setFullPage(true));
	}

	private void signIn(BrowserContext context, String email) {
		String base = "http://localhost:" + port;
		APIResponse login = context.request().get(base + "/login");
		Matcher hidden = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login.text());
		assertThat(hidden.find()).as("the login page has a CSRF token").isTrue();
		APIResponse response = context.request().post(base + "/login", RequestOptions.create()
			.setForm(FormData.create().set("username", email).set("password", PASSWORD).set("_csrf", hidden.group(1)))
			.setMaxRedirects(0));
		assertThat(response.status()).as("login of " + email).isEqualTo(302);
		assertThat(response.headers().getOrDefault("location", "")).doesNotContain("error");
	}
}
