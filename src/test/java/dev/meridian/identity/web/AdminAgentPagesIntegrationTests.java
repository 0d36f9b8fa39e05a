package dev.meridian.identity.web;

import static dev.meridian.identity.web.AdminTestSupport.as;
import static dev.meridian.identity.web.AdminTestSupport.asAdmin;
import static dev.meridian.identity.web.AdminTestSupport.newAgent;
import static dev.meridian.identity.web.AdminTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
import java.util.Locale;

import dev.meridian.identity.AgentView;
import dev.meridian.identity.Agents;
import dev.meridian.identity.Role;
import dev.meridian.identity.TeamDraft;
import dev.meridian.identity.TeamView;
import dev.meridian.identity.Teams;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AdminAgentPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Agents agents;

	@Autowired
	Teams teams;

	@Test
	void adminCreatesAgentWithAnInitialPasswordAndSeesThemListed() throws Exception {
		TeamView team = teams.create(new TeamDraft(unique("Shanghai"), "Asia/Shanghai"));
		String name = unique("Li Wei");
		String email = name.replace(' ', '.').toLowerCase(Locale.ROOT) + "@shop.example";

		mvc.perform(post("/admin/agents").with(asAdmin(agents)).with(csrf())
				.param("name", name)
				.param("email", email)
				.param("password", "first-password-42")
				.param("role", "agent")
				.param("teams", team.id().toString())
				.param("languages", "zh-CN", "en")
				.param("skills", "refunds, Amazon")
				.param("tier", "2")
				.param("timeZone", "Asia/Shanghai")
				.param("locale", "zh-CN")
				.param("capacity", "8")
				.param("_enabled", "on")
				.param("enabled", "true"))
			.andExpect(redirectedUrl("/admin/agents"));

		AgentView created = agents.byEmail(email).orElseThrow();
		assertThat(created.teams()).containsExactly(team.id());
		assertThat(created.languages()).containsExactlyInAnyOrder("zh-CN", "en");
		assertThat(created.skills()).containsExactly("amazon", "refunds");
		assertThat(created.tier()).isEqualTo(2);
		assertThat(created.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
		assertThat(created.capacity()).isEqualTo(8);
		assertThat(created.enabled()).isTrue();

		mvc.perform(get("/admin/agents").with(asAdmin(agents)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString(email)))
			.andExpect(content().string(containsString(team.name())))
			.andExpect(content().string(containsString("Chinese (Simplified)")));
		mvc.perform(formLogin().user(email).password("first-password-42")).andExpect(authenticated());
	}

	@Test
	void shortInitialPasswordIsRefusedAndTheRestStays() throws Exception {
		String name = unique("Ana Souza");
		mvc.perform(post("/admin/agents").with(asAdmin(agents)).with(csrf())
				.param("name", name)
				.param("email", "ana.souza.short@shop.example")
				.param("password", "short")
				.param("role", "lead")
				.param("skills", "warranty")
				.param("tier", "1")
				.param("timeZone", "Europe/Lisbon")
				.param("locale", "en")
				.param("capacity", "10"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("The password needs at least 10 characters.")))
			.andExpect(content().string(containsString("value=\"" + name + "\"")))
			.andExpect(content().string(containsString("value=\"warranty\"")))
			.andExpect(content().string(containsString("<option value=\"lead\" selected")))
			.andExpect(content().string(not(containsString("value=\"short\""))));
		assertThat(agents.byEmail("ana.souza.short@shop.example")).isEmpty();
	}

	@Test
	void textInANumberFieldIsRefusedInWordsNotAsAnErrorPage() throws Exception {
		mvc.perform(post("/admin/agents").with(asAdmin(agents)).with(csrf())
				.param("name", unique("Numbers"))
				.param("email", "numbers.agent@shop.example")
				.param("password", "long-enough-password")
				.param("role", "agent")
				.param("tier", "1")
				.param("timeZone", "UTC")
				.param("locale", "en")
				.param("capacity", "lots"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Capacity must be a whole number from 0 to 1000.")))
			.andExpect(content().string(containsString("value=\"lots\"")));
	}

	@Test
	void listFiltersByTeamAndRole() throws Exception {
		TeamView team = teams.create(new TeamDraft(unique("Lisbon"), "Europe/Lisbon"));
		AgentView lead = newAgent(agents, Role.LEAD, "en");
		AgentView agent = newAgent(agents, Role.AGENT, "en");
		AgentView outsider = newAgent(agents, Role.AGENT, "en");
		joinTeam(lead, team);
		joinTeam(agent, team);

		mvc.perform(get("/admin/agents").param("team", team.id().toString()).with(asAdmin(agents)))
			.andExpect(content().string(containsString(lead.email())))
			.andExpect(content().string(containsString(agent.email())))
			.andExpect(content().string(not(containsString(outsider.email()))));
		mvc.perform(get("/admin/agents").param("team", team.id().toString()).param("role", "lead")
				.header("HX-Request", "true").with(asAdmin(agents)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(lead.email())))
			.andExpect(content().string(not(containsString(agent.email()))))
			.andExpect(content().string(containsString("id=\"agent-results\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void adminEditsRoleTeamsLanguagesAndDisablesTheAgent() throws Exception {
		TeamView team = teams.create(new TeamDraft(unique("Manila"), "Asia/Manila"));
		AgentView agent = newAgent(agents, Role.AGENT, "en");

		mvc.perform(get("/admin/agents/{id}/edit", agent.id().value()).with(asAdmin(agents)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + agent.email() + "\"")))
			.andExpect(content().string(containsString("Japanese")));

		mvc.perform(post("/admin/agents/{id}", agent.id().value()).with(asAdmin(agents)).with(csrf())
				.param("name", agent.name())
				.param("email", agent.email())
				.param("role", "reviewer")
				.param("_teams", "on")
				.param("teams", team.id().toString())
				.param("_languages", "on")
				.param("languages", "ja", "ko")
				.param("skills", "")
				.param("tier", "3")
				.param("timeZone", "Asia/Manila")
				.param("locale", "zh-CN")
				.param("capacity", "0")
				.param("_enabled", "on"))
			.andExpect(redirectedUrl("/admin/agents"));

		AgentView saved = agents.get(agent.id());
		assertThat(saved.role()).isEqualTo(Role.REVIEWER);
		assertThat(saved.teams()).containsExactly(team.id());
		assertThat(saved.languages()).containsExactlyInAnyOrder("ja", "ko");
		assertThat(saved.skills()).isEmpty();
		assertThat(saved.tier()).isEqualTo(3);
		assertThat(saved.locale()).isEqualTo(Locale.forLanguageTag("zh-CN"));
		assertThat(saved.capacity()).isZero();
		assertThat(saved.enabled()).isFalse();
	}

	@Test
	void passwordResetAnswersInPlaceWithHtmx() throws Exception {
		AgentView agent = newAgent(agents, Role.AGENT, "en");

		mvc.perform(post("/admin/agents/{id}/password", agent.id().value()).with(asAdmin(agents)).with(csrf())
				.header("HX-Request", "true")
				.param("password", "too-short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The password needs at least 10 characters.")))
			.andExpect(content().string(not(containsString("<html"))));

		mvc.perform(post("/admin/agents/{id}/password", agent.id().value()).with(asAdmin(agents)).with(csrf())
				.header("HX-Request", "true")
				.param("password", "a-brand-new-password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The password of " + agent.name() + " was reset.")));
		mvc.perform(formLogin().user(agent.email()).password("a-brand-new-password")).andExpect(authenticated());
	}

	@Test
	void passwordResetWithoutHtmxReloadsTheEditPage() throws Exception {
		AgentView agent = newAgent(agents, Role.AGENT, "en");
		mvc.perform(post("/admin/agents/{id}/password", agent.id().value()).with(asAdmin(agents)).with(csrf())
				.param("password", "another-new-password"))
			.andExpect(redirectedUrl("/admin/agents/" + agent.id() + "/edit"));
	}

	@Test
	void adminCannotTakeAwayTheirOwnAdminRole() throws Exception {
		AgentView admin = newAgent(agents, Role.ADMIN, "en");
		mvc.perform(post("/admin/agents/{id}", admin.id().value()).with(as(admin)).with(csrf())
				.param("name", admin.name())
				.param("email", admin.email())
				.param("role", "agent")
				.param("tier", "1")
				.param("timeZone", "UTC")
				.param("locale", "en")
				.param("capacity", "10")
				.param("enabled", "true"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("You can’t take away your own admin role")));
		assertThat(agents.get(admin.id()).role()).isEqualTo(Role.ADMIN);
	}

	@Test
	void duplicateEmailIsRefusedInWords() throws Exception {
		AgentView existing = newAgent(agents, Role.AGENT, "en");
		mvc.perform(post("/admin/agents").with(asAdmin(agents)).with(csrf())
				.param("name", unique("Copycat"))
				.param("email", existing.email().toUpperCase(Locale.ROOT))
				.param("password", "long-enough-password")
				.param("role", "agent")
				.param("tier", "1")
				.param("timeZone", "UTC")
				.param("locale", "en")
				.param("capacity", "10"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Another agent already signs in with this email address.")));
	}

	@Test
	void languagesAreNamedInTheViewersLanguage() throws Exception {
		AgentView chineseAdmin = newAgent(agents, Role.ADMIN, "zh-CN");
		mvc.perform(get("/admin/agents/new").with(as(chineseAdmin)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("日语")))
			.andExpect(content().string(containsString("接待上限")));
	}

	private void joinTeam(AgentView agent, TeamView team) {
		agents.update(agent.id(), new dev.meridian.identity.AgentDraft(null, null, null, null,
				java.util.List.of(team.id().toString()), null, null, null, null, null, null, null, null));
	}
}
