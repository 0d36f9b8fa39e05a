package dev.meridian.identity.internal;

import java.util.List;
import java.util.Optional;

import dev.meridian.shared.TableStamp;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AgentRepository extends JpaRepository<Agent, Long> {

	@EntityGraph(attributePaths = { "teams", "languages", "skills" })
	Optional<Agent> findByEmail(String email);

	/** The agent behind a request's token or session, with all they need for permissions in one query. */
	@EntityGraph(attributePaths = { "teams", "languages", "skills" })
	Optional<Agent> findWithTeamsById(long id);

	boolean existsByEmail(String email);

	/**
	 * Every agent; their teams, languages and skills load in one batch per collection (see {@link Agent}), not by
	 * a join of all three, whose rows multiply (languages × skills × teams per agent).
	 */
	List<Agent> findAllByOrderByNameAsc();

	long count();

	/** Moves whenever an agent is added, removed or changed (the version rises with any change, collections too). */
	@Query("select new dev.meridian.shared.TableStamp(count(a), coalesce(sum(a.version), 0), max(a.updatedAt)) "
			+ "from Agent a")
	TableStamp stamp();
}
