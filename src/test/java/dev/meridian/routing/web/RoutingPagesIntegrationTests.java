package dev.meridian.routing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.AgentView;
import dev.meridian.identity.Agents;
import dev.meridian.routing.AgentAvailability;
import dev.meridian.routing.Presence;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The routing controls of the workspace: the presence switch in the user menu and the "Get next ticket" button. */
@SpringBootTest
@AutoConfigureMockMvc
class RoutingPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Agents agents;

	@Autowired
	AgentAvailability availability;

	private AgentView newAgent(String locale) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		return agents.create(new AgentDraft("Agent " + tag, "agent-" + tag + "@meridian.test", "a-long-password-1",
				"agent", null, null, null, null, null, locale, null, null, true));
	}

	private static RequestPostProcessor as(AgentView agent) {
		return user(new AgentPrincipal(agent, null));
	}

	@Test
	void theUserMenuSwitchesPresenceAndComesBackToThePage() throws Exception {
		AgentView agent = newAgent("en");
		availability.setPresence(agent.id(), Presence.ONLINE);
		mvc.perform(get("/inbox").with(as(agent))).andExpect(status().isOk())
			.andExpect(content().string(containsString("presence-dot presence-badge presence-online")))
			.andExpect(content().string(containsString("Get next ticket")));

		mvc.perform(post("/routing/presence").with(as(agent)).with(csrf()).param("presence", "away")
			.param("back", "/inbox?view=mine"))
			.andExpect(redirectedUrl("/inbox?view=mine"))
			.andExpect(flash().attribute("alertText",
					"You are away: nothing new is assigned to you until you are back online."));
		assertThat(availability.presenceOf(agent.id())).isEqualTo(Presence.AWAY);
	}

	@Test
	void theSwitchNeverSendsTheAgentToAnotherSite() throws Exception {
		AgentView agent = newAgent("en");
		for (String back : new String[] { "//evil.example/x", "https://evil.example", "/\\evil.example" }) {
			mvc.perform(post("/routing/presence").with(as(agent)).with(csrf()).param("presence", "online")
				.param("back", back))
				.andExpect(redirectedUrl("/inbox"));
		}
	}

	@Test
	void getNextTicketWithEmptyQueuesSaysSoInTheAgentsLanguage() throws Exception {
		AgentView agent = newAgent("zh-CN");
		mvc.perform(post("/routing/next").with(as(agent)).with(csrf()))
			.andExpect(redirectedUrl("/inbox"))
			.andExpect(flash().attribute("alertText", "暂时没有可领取的工单：你所在团队的队列中没有你能处理的工单。"));
	}
}
