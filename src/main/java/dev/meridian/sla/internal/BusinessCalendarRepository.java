package dev.meridian.sla.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BusinessCalendarRepository extends JpaRepository<BusinessCalendar, Long> {

	List<BusinessCalendar> findAllByOrderByIdAsc();

	Optional<BusinessCalendar> findByTeamId(long teamId);

	Optional<BusinessCalendar> findFirstByIsDefaultTrueOrderByIdAsc();

	List<BusinessCalendar> findByIsDefaultTrue();

	boolean existsByNameIgnoreCaseAndIdNot(String name, long id);
}
