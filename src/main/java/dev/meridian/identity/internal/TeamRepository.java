package dev.meridian.identity.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamRepository extends JpaRepository<Team, Long> {

	boolean existsByNameIgnoreCase(String name);

	List<Team> findAllByOrderByNameAsc();
}
