package dev.meridian.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.RequestOptions;
import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.AgentView;
import dev.meridian.identity.Agents;
import dev.meridian.identity.BrandDraft;
import dev.meridian.identity.BrandView;
import dev.meridian.identity.Brands;
import dev.meridian.identity.TeamDraft;
import dev.meridian.identity.TeamView;
import dev.meridian.identity.Teams;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Renders the admin pages in headless Chromium at desktop and phone width, in English and Chinese, into
 * {@code target/screenshots/admin-*.png} for a person to look at, and fails on what a machine can see: a raw
 * message key, an error page, or a page wider than the phone. Runs on its own in-memory database so the
 * pictures show a realistic directory rather than other tests' leftovers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:admin-screenshots;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
class AdminScreenshotsIntegrationTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	private static final Path OUT = Path.of("target/screenshots");
	private static final String PASSWORD = "screenshot-pass-1";

	@LocalServerPort
	int port;

	@Autowired
	Brands brands;

	@Autowired
	Teams teams;

	@Autowired
	Agents agents;

	@Test
	void capturesTheAdminPagesAtDesktopAndPhoneWidthInEnglishAndChinese() throws Exception {
		assumeTrue(Files.isExecutable(CHROMIUM), "needs Debian's chromium at /usr/bin/chromium");
		Files.createDirectories(OUT);
		Directory directory = directory();
		List<String> problems = new ArrayList<>();
		try (Playwright playwright = Playwright.create(); Browser browser = launch(playwright)) {
			for (String language : List.of("en", "zh")) {
				String email = language.equals("en") ? "alex.morgan@meridian.example" : "wang.fang@meridian.example";
				for (boolean phone : List.of(false, true)) {
					try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
						.setViewportSize(phone ? 390 : 1366, phone ? 844 : 850)
						.setIsMobile(phone)
						.setHasTouch(phone)
						.setLocale(language.equals("en") ? "en-US" : "zh-CN"))) {
						signIn(context, email);
						Page page = context.newPage();
						String size = phone ? "phone" : "desktop";
						shoot(page, "/admin/brands", "admin-brands-" + language + "-" + size, phone, problems);
						shoot(page, "/admin/teams", "admin-teams-" + language + "-" + size, phone, problems);
						shoot(page, "/admin/agents", "admin-agents-" + language + "-" + size, phone, problems);
						shoot(page, "/admin/agents/" + directory.agent().id() + "/edit",
								"admin-agent-edit-" + language + "-" + size, phone, problems);
						shoot(page, "/admin/brands/" + directory.brand().id() + "/edit",
								"admin-brand-edit-" + language + "-" + size, phone, problems);
						shoot(page, "/admin/teams/new", "admin-team-new-" + language + "-" + size, phone, problems);
						shoot(page, "/admin/sla", "admin-sla-" + language + "-" + size, phone, problems);
						shoot(page, "/admin/sla/policies/new", "admin-sla-policy-new-" + language + "-" + size, phone,
								problems);
						shoot(page, "/admin/sla/calendars/new", "admin-sla-calendar-new-" + language + "-" + size,
								phone, problems);
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void htmxSwapsTheAgentFilterTheZoneClockAndThePasswordCardWithoutAReload() throws Exception {
		assumeTrue(Files.isExecutable(CHROMIUM), "needs Debian's chromium at /usr/bin/chromium");
		Files.createDirectories(OUT);
		Directory directory = directory();
		try (Playwright playwright = Playwright.create(); Browser browser = launch(playwright);
				BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 850)
					.setLocale("en-US"))) {
			signIn(context, "alex.morgan@meridian.example");
			Page page = context.newPage();
			String base = "http://localhost:" + port;

			page.navigate(base + "/admin/agents");
			page.evaluate("window.stillTheSamePage = true");
			page.selectOption("#filter-role", "lead");
			page.waitForURL("**/admin/agents?*role=lead*");
			page.locator("#agent-results").getByText("Li Wei").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
				.setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
			assertThat(page.innerText("#agent-results")).contains("Maria Santos").doesNotContain("Li Wei");
			assertThat(page.evaluate("window.stillTheSamePage")).isEqualTo(true);

			page.navigate(base + "/admin/teams/new");
			page.selectOption("#timeZone", "Asia/Kolkata");
			page.locator("#zone-clock").getByText("UTC+05:30").waitFor();

			page.navigate(base + "/admin/agents/" + directory.agent().id() + "/edit");
			page.evaluate("window.stillTheSamePage = true");
			page.fill("#new-password", "a-fresh-password-2026");
			page.click("#password-card button[type=submit]");
			page.locator("#password-card .alert-success").waitFor();
			assertThat(page.evaluate("window.stillTheSamePage")).isEqualTo(true);

			page.navigate(base + "/admin/brands/new");
			page.fill("#name", "lumen home");
			page.fill("#website", "https://typed-by-the-admin.example");
			page.click("form[action='/admin/brands'] button[type=submit]");
			page.locator("#form-error").waitFor();
			assertThat(page.innerText("#form-error")).contains("Another brand already has this name");
			assertThat(page.inputValue("#website")).isEqualTo("https://typed-by-the-admin.example");
			PlaywrightAssertions.assertThat(page.locator("#name")).isFocused();
			page.screenshot(new Page.ScreenshotOptions().setPath(OUT.resolve("admin-brand-refused-en-desktop.png"))
				.setFullPage(true));
		}
	}

	private static Browser launch(Playwright playwright) {
		return playwright.chromium().launch(new BrowserType.LaunchOptions()
			.setExecutablePath(CHROMIUM)
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
	}

	private void shoot(Page page, String path, String name, boolean phone, List<String> problems) {
		var response = page.navigate("http://localhost:" + port + path);
		page.waitForLoadState(LoadState.NETWORKIDLE);
		if (response == null || response.status() != 200) {
			problems.add(name + ": HTTP " + (response == null ? "none" : response.status()));
		}
		String text = page.innerText("main");
		if (text.contains("??")) {
			problems.add(name + ": shows a missing message key near " + text.substring(text.indexOf("??")).lines().findFirst().orElse(""));
		}
		int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
		if (phone && width > 390) {
			problems.add(name + ": " + width + " px wide on a 390 px phone" + page.evaluate("(() => { let e = document.querySelector('main table'); let out = []; while (e) { out.push(e.tagName + '.' + e.className + ':' + e.getBoundingClientRect().width + '/' + getComputedStyle(e).overflowX + '/' + getComputedStyle(e).display); e = e.parentElement; } return out.join(' < ') + ' vw=' + window.innerWidth; })()"));
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(OUT.resolve(name + ".png")).setFullPage(true));
	}

	/** Signs in through the real login form post, with the CSRF token the server issued. */
	private void signIn(BrowserContext context, String email) {
		String base = "http://localhost:" + port;
		String token = loginPageToken(context, base);
		APIResponse response = context.request().post(base + "/login", RequestOptions.create()
			.setForm(FormData.create().set("username", email).set("password", PASSWORD).set("_csrf", token))
			.setMaxRedirects(0));
		String location = response.headers().getOrDefault("location", "");
		assertThat(response.status()).as("login of " + email).isEqualTo(302);
		assertThat(location).as("login of " + email).doesNotContain("error");
	}

	/**
	 * The token from the login page's form; if there is no page yet, the cookie the CSRF filter sets, masked the way
	 * Spring Security's default (XOR) handler expects, with an all-zero pad.
	 */
	private static String loginPageToken(BrowserContext context, String base) {
		APIResponse page = context.request().get(base + "/login");
		Matcher hidden = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page.text());
		if (page.status() == 200 && hidden.find()) {
			return hidden.group(1);
		}
		context.request().post(base + "/login", RequestOptions.create().setMaxRedirects(0));
		String raw = context.cookies().stream().filter(c -> c.name.equals("XSRF-TOKEN")).findFirst().orElseThrow().value;
		byte[] token = raw.getBytes(StandardCharsets.UTF_8);
		byte[] masked = new byte[token.length * 2];
		System.arraycopy(token, 0, masked, token.length, token.length);
		return Base64.getUrlEncoder().encodeToString(masked);
	}

	record Directory(BrandView brand, AgentView agent) {
	}

	/** Seeds the directory once for all tests of this class (they share the context and its database). */
	private synchronized Directory directory() {
		if (!brands.all().isEmpty()) {
			return new Directory(brands.all().stream().filter(b -> b.name().equals("Lumen Home")).findFirst().orElseThrow(),
					agents.byEmail("li.wei@meridian.example").orElseThrow());
		}
		BrandView lumen = brands.create(new BrandDraft("Lumen Home", "https://lumenhome.example",
				List.of("amazon-us", "amazon-de", "amazon-uk", "shopify")));
		brands.create(new BrandDraft("Northwind Outdoor", "https://northwind-outdoor.example",
				List.of("amazon-jp", "ebay-us", "ebay-de", "walmart-us")));
		brands.create(new BrandDraft("Hanfeng Audio", null,
				List.of("amazon-us", "amazon-de", "amazon-fr", "amazon-it", "amazon-es", "amazon-jp")));
		TeamView shanghai = teams.create(new TeamDraft("Shanghai", "Asia/Shanghai"));
		TeamView manila = teams.create(new TeamDraft("Manila", "Asia/Manila"));
		TeamView lisbon = teams.create(new TeamDraft("Lisbon", "Europe/Lisbon"));
		teams.create(new TeamDraft("Mexico City night shift", "America/Mexico_City"));

		agent("Alex Morgan", "alex.morgan@meridian.example", "admin", List.of(), List.of("en"), List.of(), 3,
				"Europe/London", "en", 0, "online", true);
		agent("王芳", "wang.fang@meridian.example", "admin", List.of(shanghai), List.of("zh-CN", "en"), List.of(), 3,
				"Asia/Shanghai", "zh-CN", 0, "online", true);
		AgentView liWei = agent("Li Wei", "li.wei@meridian.example", "agent", List.of(shanghai),
				List.of("zh-CN", "en", "ja"), List.of("refunds", "amazon", "shipping"), 1, "Asia/Shanghai", "zh-CN", 8,
				"online", true);
		agent("Maria Santos", "maria.santos@meridian.example", "lead", List.of(manila), List.of("en", "es"),
				List.of("escalations", "ebay"), 2, "Asia/Manila", "en", 12, "away", true);
		agent("Sofia Costa", "sofia.costa@meridian.example", "agent", List.of(lisbon, manila),
				List.of("pt", "es", "en"), List.of("warranty"), 1, "Europe/Lisbon", "en", 10, "offline", true);
		agent("Hans Becker", "hans.becker@meridian.example", "agent", List.of(lisbon), List.of("de", "en", "nl"),
				List.of("amazon", "returns"), 2, "Europe/Berlin", "en", 10, "online", true);
		agent("Ana Ribeiro", "ana.ribeiro@meridian.example", "reviewer", List.of(lisbon), List.of("pt", "en"),
				List.of(), 1, "Europe/Lisbon", "en", 0, "offline", true);
		agent("Zhang Min", "zhang.min@meridian.example", "agent", List.of(shanghai), List.of("zh-CN", "zh-TW"),
				List.of("refunds"), 1, "Asia/Shanghai", "zh-CN", 8, "offline", false);
		return new Directory(lumen, liWei);
	}

	private AgentView agent(String name, String email, String role, List<TeamView> in, List<String> languages,
			List<String> skills, int tier, String zone, String locale, int capacity, String status, boolean enabled) {
		AgentView agent = agents.create(new AgentDraft(name, email, PASSWORD, role,
				in.stream().map(t -> t.id().toString()).toList(), languages, skills, tier, zone, locale, capacity, null,
				true));
		return agents.update(agent.id(), new AgentDraft(null, null, null, null, null, null, null, null, null, null, null,
				status, enabled));
	}
}
