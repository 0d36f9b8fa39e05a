package dev.meridian.automation.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The automation pages' browser tests: Debian's Chromium, sign-in, screenshots under {@code target/screenshots}. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class BrowserTestSupport {

	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort
	int port;

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

	void signIn(Page page, String email, String password) {
		page.navigate(url("/login"));
		page.locator("#username").fill(email);
		page.locator("#password").fill(password);
		page.locator("form button[type=submit]").click();
		page.waitForURL(url("/inbox"));
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
	}
}
