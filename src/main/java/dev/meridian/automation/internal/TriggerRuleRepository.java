package dev.meridian.automation.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TriggerRuleRepository extends JpaRepository<TriggerRule, Long> {

	List<TriggerRule> findAllByOrderByPositionAscIdAsc();

	List<TriggerRule> findByEnabledTrueOrderByPositionAscIdAsc();
}
