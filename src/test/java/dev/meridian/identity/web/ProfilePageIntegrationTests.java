package dev.meridian.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.AgentStatus;
import dev.meridian.identity.AgentView;
import dev.meridian.identity.Agents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The agent's own settings: language, time zone, availability and password. */
@SpringBootTest
@AutoConfigureMockMvc
class ProfilePageIntegrationTests {

	private static final String PASSWORD = "Profile-Test-Pass-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	Agents agents;

	private AgentView agent;
	private AgentPrincipal me;

	@BeforeEach
	void seed() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		agent = agents.create(new AgentDraft("Pat " + run, "pat-" + run + "@profile.test", PASSWORD, "agent", null, null,
				null, null, "UTC", "en", null, null, true));
		me = new AgentPrincipal(agent, null);
	}

	@Test
	void showsTheAgentsSettings() throws Exception {
		mvc.perform(get("/profile").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(agent.email())))
			.andExpect(content().string(containsString("简体中文")))
			.andExpect(content().string(containsString("Asia/Shanghai")));
	}

	@Test
	void savesLanguageTimeZoneAndAvailability() throws Exception {
		mvc.perform(post("/profile").param("locale", "zh-CN").param("timeZone", "Asia/Tokyo").param("status", "away")
				.with(user(me)).with(csrf()))
			.andExpect(redirectedUrl("/profile"));
		AgentView saved = agents.get(agent.id());
		assertThat(saved.locale()).isEqualTo(Locale.forLanguageTag("zh-CN"));
		assertThat(saved.timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
		assertThat(saved.status()).isEqualTo(AgentStatus.AWAY);
	}

	@Test
	void refusesAnUnknownTimeZoneInWords() throws Exception {
		mvc.perform(post("/profile").param("locale", "en").param("timeZone", "Mars/Olympus").param("status", "online")
				.with(user(me)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Choose a time zone from the list.")));
	}

	@Test
	void newPasswordNeedsTheCurrentOne() throws Exception {
		mvc.perform(post("/profile/password").param("currentPassword", "not-my-password")
				.param("newPassword", "Brand-New-Pass-2").param("confirmPassword", "Brand-New-Pass-2")
				.with(user(me)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("The current password is not correct.")));
		mvc.perform(post("/profile/password").param("currentPassword", PASSWORD)
				.param("newPassword", "Brand-New-Pass-2").param("confirmPassword", "Brand-New-Pass-3")
				.with(user(me)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("The two new passwords are not the same.")));
		mvc.perform(post("/profile/password").param("currentPassword", PASSWORD)
				.param("newPassword", "short").param("confirmPassword", "short")
				.with(user(me)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("at least 10 characters")));
		assertThat(agents.passwordMatches(agent.id(), PASSWORD)).isTrue();

		mvc.perform(post("/profile/password").param("currentPassword", PASSWORD)
				.param("newPassword", "Brand-New-Pass-2").param("confirmPassword", "Brand-New-Pass-2")
				.with(user(me)).with(csrf()))
			.andExpect(redirectedUrl("/profile"));
		assertThat(agents.passwordMatches(agent.id(), "Brand-New-Pass-2")).isTrue();
	}

	@Test
	void languageSwitchReturnsToTheSamePageOnly() throws Exception {
		mvc.perform(post("/profile/locale").param("locale", "zh-CN").param("back", "/tickets/42").with(user(me)).with(csrf()))
			.andExpect(redirectedUrl("/tickets/42"));
		assertThat(agents.get(agent.id()).locale()).isEqualTo(Locale.forLanguageTag("zh-CN"));
		mvc.perform(post("/profile/locale").param("locale", "en").param("back", "//evil.example/").with(user(me)).with(csrf()))
			.andExpect(redirectedUrl("/inbox"));
	}
}
