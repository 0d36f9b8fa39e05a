package dev.meridian.quality.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SamplingPlanRepository extends JpaRepository<SamplingPlanEntity, Long> {

	List<SamplingPlanEntity> findAllByOrderByIdAsc();

	boolean existsByNameIgnoreCaseAndIdNot(String name, long id);
}
