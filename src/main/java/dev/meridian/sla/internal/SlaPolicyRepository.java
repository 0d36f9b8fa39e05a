package dev.meridian.sla.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SlaPolicyRepository extends JpaRepository<SlaPolicy, Long> {

	List<SlaPolicy> findAllByOrderByPositionAscIdAsc();

	boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

	boolean existsByCalendarId(long calendarId);
}
