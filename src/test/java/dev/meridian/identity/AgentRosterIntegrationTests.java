package dev.meridian.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link Agents#all()} keeps the list between calls; every committed change must still show on the next call. */
@SpringBootTest
class AgentRosterIntegrationTests {

	@Autowired
	Agents agents;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aChangedLanguageAndStatusShowOnTheNextCall() {
		AgentView agent = newAgent();
		assertThat(inRoster(agent).languages()).isEmpty();

		agents.update(agent.id(), new AgentDraft(null, null, null, null, null, List.of("ja", "de"), null, null, null,
				null, null, null, null));
		assertThat(inRoster(agent).languages()).containsExactly("de", "ja");

		agents.update(agent.id(), new AgentDraft(null, null, null, null, null, null, null, null, null, null, null,
				"away", null));
		assertThat(inRoster(agent).status()).isEqualTo(AgentStatus.AWAY);
	}

	@Test
	void anAddedAgentShowsOnTheNextCall() {
		agents.all();

		AgentView added = newAgent();

		assertThat(agents.all()).extracting(AgentView::id).contains(added.id());
	}

	/** What another node writes reaches this node's list too: only the database says what changed. */
	@Test
	void aChangeCommittedElsewhereShowsOnTheNextCall() {
		AgentView agent = newAgent();
		assertThat(inRoster(agent).capacity()).isNotEqualTo(3);

		jdbc.update("update agent set capacity = 3, version = version + 1 where id = ?", agent.id().value());

		assertThat(inRoster(agent).capacity()).isEqualTo(3);
	}

	@Test
	void aRepeatedCallWithoutChangesGivesTheSameList() {
		newAgent();

		assertThat(agents.all()).isSameAs(agents.all());
	}

	private AgentView inRoster(AgentView agent) {
		return agents.all().stream().filter(a -> a.id().equals(agent.id())).findFirst().orElseThrow();
	}

	private AgentView newAgent() {
		return agents.create(new AgentDraft("Roster Tester", "roster-" + UUID.randomUUID() + "@meridian.test",
				"long-enough-password", "agent", null, null, null, null, null, null, null, null, true));
	}
}
