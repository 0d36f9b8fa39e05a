package dev.meridian.automation.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MacroRepository extends JpaRepository<Macro, Long> {

	@Query("select m from Macro m where m.ownerId is null or m.ownerId = ?1 order by m.usageCount desc, m.name, m.id")
	List<Macro> availableTo(long agentId);

	@Query("select count(m) from Macro m where m.ownerId is null or m.ownerId = ?1")
	long countAvailableTo(long agentId);
}
