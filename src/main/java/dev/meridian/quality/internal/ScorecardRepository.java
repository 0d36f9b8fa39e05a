package dev.meridian.quality.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ScorecardRepository extends JpaRepository<ScorecardEntity, Long> {

	List<ScorecardEntity> findAllByOrderByIdAsc();

	boolean existsByNameIgnoreCaseAndIdNot(String name, long id);
}
