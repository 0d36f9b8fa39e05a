package dev.meridian.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.Agents;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in page, language choice and the error page. */
@SpringBootTest
@AutoConfigureMockMvc
class ShellPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Agents agents;

	@Test
	void signInPageSpeaksChineseToAChineseBrowser() throws Exception {
		mvc.perform(get("/login").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("lang=\"zh-CN\""), containsString("登录"),
					matchesPattern("(?s).*[\\u4e00-\\u9fff].*"))));
	}

	@Test
	void signInPageSpeaksEachSupportedLanguageToItsBrowser() throws Exception {
		mvc.perform(get("/login").header("Accept-Language", "zh-TW,zh;q=0.9"))
			.andExpect(content().string(allOf(containsString("lang=\"zh-TW\""), containsString("登入 Meridian"))));
		mvc.perform(get("/login").header("Accept-Language", "zh-HK"))
			.andExpect(content().string(containsString("lang=\"zh-TW\"")));
		mvc.perform(get("/login").header("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.5"))
			.andExpect(content().string(allOf(containsString("lang=\"ja\""), containsString("Meridian にログイン"))));
		mvc.perform(get("/login").header("Accept-Language", "es-MX"))
			.andExpect(content().string(allOf(containsString("lang=\"es\""), containsString("Inicia sesión en Meridian"))));
		mvc.perform(get("/login").header("Accept-Language", "de-AT,de;q=0.9"))
			.andExpect(content().string(allOf(containsString("lang=\"de\""), containsString("Bei Meridian anmelden"))));
		mvc.perform(get("/login").header("Accept-Language", "fr-CA,fr;q=0.9"))
			.andExpect(content().string(allOf(containsString("lang=\"fr\""), containsString("Se connecter à Meridian"))));
	}

	@Test
	void signInPageFallsBackToEnglish() throws Exception {
		mvc.perform(get("/login").header("Accept-Language", "ko-KR,ko;q=0.9"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("lang=\"en\""), containsString("Sign in to Meridian"))));
	}

	@Test
	void signInPageSaysWhatHappenedInWords() throws Exception {
		mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(containsString("Wrong email or password.")));
		mvc.perform(get("/login").param("locked", ""))
			.andExpect(content().string(containsString("Too many failed attempts.")));
		mvc.perform(get("/login").param("logout", ""))
			.andExpect(content().string(containsString("You have signed out.")));
		mvc.perform(get("/login").param("error", "").header("Accept-Language", "zh-CN"))
			.andExpect(content().string(containsString("邮箱或密码错误")));
	}

	@Test
	void homeIsTheInboxAndStrangersAreSentToSignIn() throws Exception {
		mvc.perform(get("/").with(user(principal("en"))))
			.andExpect(redirectedUrl("/inbox"));
		mvc.perform(get("/inbox"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void agentsOwnLanguageBeatsTheBrowsers() throws Exception {
		mvc.perform(get("/inbox").header("Accept-Language", "en-US").with(user(principal("zh-CN"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("收件箱"), containsString("我的待办工单"),
					not(containsString("My open tickets")))));
	}

	@Test
	void errorPageIsFriendlyAndTranslated() throws Exception {
		mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/nowhere").accept("text/html")
				.with(user(principal("en"))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("Page not found"), containsString("Go to the inbox"),
					not(containsString("Whitelabel")))));
		mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500).accept("text/html")
				.header("Accept-Language", "zh-CN"))
			.andExpect(content().string(allOf(containsString("出错了"), not(containsString("Exception")))));
	}

	private AgentPrincipal principal(String locale) {
		String run = UUID.randomUUID().toString().substring(0, 8);
		var view = agents.create(new AgentDraft("Shell " + run, "shell-" + run + "@shell.test", "Shell-Test-Pass-1",
				"agent", null, null, null, null, "Europe/Paris", locale, null, null, true));
		return new AgentPrincipal(view, null);
	}
}
