package dev.meridian.identity.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;

import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.AgentView;
import dev.meridian.identity.Agents;
import dev.meridian.identity.Role;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs requests in as a given agent. The test database is shared by every test class, so names are unique. */
final class AdminTestSupport {

	static final String ADMIN_EMAIL = "admin@meridian.test";

	private AdminTestSupport() {
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	static RequestPostProcessor as(AgentView agent) {
		return user(new AgentPrincipal(agent, null));
	}

	static RequestPostProcessor asAdmin(Agents agents) {
		return as(agents.byEmail(ADMIN_EMAIL).orElseThrow());
	}

	/** A fresh agent with the given role and UI language. */
	static AgentView newAgent(Agents agents, Role role, String locale) {
		String name = unique(role.key());
		String email = name.replace(' ', '.').toLowerCase(java.util.Locale.ROOT) + "@meridian.test";
		return agents.create(new AgentDraft(name, email, "a-long-password-1", role.key(), null, null, null, null, null,
				locale, null, null, true));
	}
}
