package dev.meridian.quality.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RuleRepository extends JpaRepository<RuleEntity, Long> {

	List<RuleEntity> findAllByOrderByIdAsc();

	boolean existsByNameIgnoreCaseAndIdNot(String name, long id);
}
