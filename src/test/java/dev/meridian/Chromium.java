package dev.meridian;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright, headless, for the browser tests of the live workspace and the chat widget:
 * launch, sign in, screenshots into {@code target/screenshots}.
 */
public final class Chromium implements AutoCloseable {

	public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private final Playwright playwright;
	private final Browser browser;

	private Chromium(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	public static Chromium launch() throws Exception {
		// A swap can take longer than Playwright's 5 s default on a busy 2-core machine; the checks stay the same.
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
		Files.createDirectories(SCREENSHOTS);
		Playwright playwright = Playwright.create();
		Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
			.setExecutablePath(Paths.get("/usr/bin/chromium"))
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
		return new Chromium(playwright, browser);
	}

	public Browser browser() {
		return browser;
	}

	public static void signIn(Page page, String base, String email, String password) {
		page.navigate(base + "/login");
		page.locator("#username").fill(email);
		page.locator("#password").fill(password);
		page.locator("form button[type=submit]").click();
		page.waitForURL(base + "/inbox");
	}

	/**
	 * Fails when the page scrolls sideways, naming the elements that stick out. It measures the layout against the
	 * viewport width the context was given: with mobile emulation Chromium widens the layout viewport to fit content
	 * that overflows, so {@code window.innerWidth} grows with the page and a check against it cannot fail.
	 */
	public static void assertNoSidewaysScroll(Page page) {
		int viewport = page.viewportSize().width;
		int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
		if (width > viewport) {
			Object culprits = page.evaluate("w => [...document.querySelectorAll('body *')]"
					+ ".filter(e => e.getBoundingClientRect().right > w + 1 && e.getClientRects().length > 0)"
					+ ".filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > w + 1))"
					+ ".slice(0, 8).map(e => e.parentElement.className + ' > ' + e.tagName.toLowerCase() + '.' + e.className + ' "
					+ "' + (e.textContent || '').trim().slice(0, 30) + ' right='"
					+ " + Math.round(e.getBoundingClientRect().right))", viewport);
			throw new AssertionError("the page is " + width + " px wide in a " + viewport
					+ " px viewport and scrolls sideways; sticking out: " + culprits);
		}
	}

	public static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}
}
