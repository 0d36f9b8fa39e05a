package dev.meridian.identity.web;

import static dev.meridian.identity.web.AdminTestSupport.asAdmin;
import static dev.meridian.identity.web.AdminTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;

import dev.meridian.identity.Agents;
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
class AdminTeamPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Agents agents;

	@Autowired
	Teams teams;

	@Test
	void adminCreatesTeamThroughTheFormAndSeesItListedWithItsTimeZone() throws Exception {
		String name = unique("Manila");
		mvc.perform(post("/admin/teams").with(asAdmin(agents)).with(csrf())
				.param("name", name)
				.param("timeZone", "Asia/Manila"))
			.andExpect(redirectedUrl("/admin/teams"));

		mvc.perform(get("/admin/teams").with(asAdmin(agents)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("Asia/Manila")))
			.andExpect(content().string(containsString("UTC+08:00")));
	}

	@Test
	void unknownTimeZoneIsRefusedAndTheNameStays() throws Exception {
		String name = unique("Olympus");
		mvc.perform(post("/admin/teams").with(asAdmin(agents)).with(csrf())
				.param("name", name)
				.param("timeZone", "Mars/Olympus_Mons"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Choose a time zone from the list")))
			.andExpect(content().string(containsString("value=\"" + name + "\"")));
	}

	@Test
	void duplicateTeamNameIsRefusedInWords() throws Exception {
		TeamView team = teams.create(new TeamDraft(unique("Lisbon"), "Europe/Lisbon"));
		mvc.perform(post("/admin/teams").with(asAdmin(agents)).with(csrf())
				.param("name", team.name())
				.param("timeZone", "Europe/Lisbon"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Another team already has this name")));
	}

	@Test
	void adminMovesTeamToAnotherTimeZone() throws Exception {
		TeamView team = teams.create(new TeamDraft(unique("Shenzhen"), "UTC"));
		mvc.perform(get("/admin/teams/{id}/edit", team.id().value()).with(asAdmin(agents)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"UTC\" selected")));

		mvc.perform(post("/admin/teams/{id}", team.id().value()).with(asAdmin(agents)).with(csrf())
				.param("name", team.name())
				.param("timeZone", "Asia/Shanghai"))
			.andExpect(redirectedUrl("/admin/teams"));

		assertThat(teams.get(team.id()).timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
	}

	@Test
	void htmxRefreshGetsOnlyTheRows() throws Exception {
		TeamView team = teams.create(new TeamDraft(unique("Tokyo"), "Asia/Tokyo"));
		mvc.perform(get("/admin/teams").with(asAdmin(agents)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"team-rows\"")))
			.andExpect(content().string(containsString(team.name())))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void pickingAZoneShowsTheLocalTimeThere() throws Exception {
		mvc.perform(get("/admin/teams/clock").param("timeZone", "Asia/Kolkata").with(asAdmin(agents)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("UTC+05:30")));
	}
}
