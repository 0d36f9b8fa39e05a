package dev.meridian.identity.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgentRepository extends JpaRepository<Agent, Long> {

	@EntityGraph(attributePaths = { "teams", "languages", "skills" })
	Optional<Agent> findByEmail(String email);

	boolean existsByEmail(String email);

	@EntityGraph(attributePaths = { "teams", "languages", "skills" })
	List<Agent> findAllByOrderByNameAsc();

	long count();
}
