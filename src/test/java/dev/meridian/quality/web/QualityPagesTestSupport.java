package dev.meridian.quality.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;

import dev.meridian.identity.AgentDraft;
import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.Agents;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs page requests in as a fresh agent; the test database is shared, so names are unique. */
final class QualityPagesTestSupport {

	private QualityPagesTestSupport() {
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A new agent with the role and UI language given. */
	static RequestPostProcessor newAgent(Agents agents, String role, String locale) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		var agent = agents.create(new AgentDraft(role + " " + suffix, role + "-" + suffix + "@meridian.test",
				"a-long-password-1", role, null, null, null, null, null, locale, null, null, true));
		return user(new AgentPrincipal(agent, null));
	}
}
