package dev.meridian.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

@SpringBootTest
class SessionRevocationIntegrationTests {

	@Autowired
	Agents agents;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@Test
	void changingAnAgentsRoleSignsThemOutEverywhere() {
		AgentView agent = newAgent();
		String sessionId = signedInSession(agent);

		agents.update(agent.id(), new AgentDraft(null, null, null, "reviewer", null, null, null, null, null, null,
				null, null, null));

		assertThat(sessions.findById(sessionId)).isNull();
	}

	@Test
	void disablingAnAgentSignsThemOutEverywhere() {
		AgentView agent = newAgent();
		String sessionId = signedInSession(agent);

		agents.update(agent.id(), new AgentDraft(null, null, null, null, null, null, null, null, null, null, null,
				null, false));

		assertThat(sessions.findById(sessionId)).isNull();
	}

	@Test
	void changingAnAgentsPasswordSignsThemOutEverywhere() {
		AgentView agent = newAgent();
		String sessionId = signedInSession(agent);

		agents.update(agent.id(), new AgentDraft(null, null, "a-brand-new-password", null, null, null, null, null,
				null, null, null, null, null));

		assertThat(sessions.findById(sessionId)).isNull();
	}

	@Test
	void otherChangesKeepTheAgentSignedIn() {
		AgentView agent = newAgent();
		String sessionId = signedInSession(agent);

		agents.update(agent.id(), new AgentDraft(null, null, null, null, null, null, null, null, "Asia/Manila", null,
				null, "away", null));

		assertThat(sessions.findById(sessionId)).isNotNull();
	}

	private AgentView newAgent() {
		return agents.create(new AgentDraft("Session Tester", "session-" + UUID.randomUUID() + "@meridian.test",
				"long-enough-password", "agent", null, null, null, null, null, null, null, null, true));
	}

	private String signedInSession(AgentView agent) {
		String id = store(sessions, agent.email());
		assertThat(sessions.findByPrincipalName(agent.email())).containsKey(id);
		return id;
	}

	private static <S extends Session> String store(FindByIndexNameSessionRepository<S> repository, String email) {
		S session = repository.createSession();
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, email);
		repository.save(session);
		return session.getId();
	}
}
