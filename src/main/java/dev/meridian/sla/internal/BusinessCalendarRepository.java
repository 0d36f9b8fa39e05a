package dev.meridian.sla.internal;

import java.util.List;
import java.util.Optional;

import dev.meridian.shared.TableStamp;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BusinessCalendarRepository extends JpaRepository<BusinessCalendar, Long> {

	List<BusinessCalendar> findAllByOrderByIdAsc();

	/** Moves whenever a calendar is added, removed or changed (the version rises with any change, holidays too). */
	@Query("select new dev.meridian.shared.TableStamp(count(c), coalesce(sum(c.version), 0), max(c.updatedAt)) "
			+ "from BusinessCalendar c")
	TableStamp stamp();

	Optional<BusinessCalendar> findByTeamId(long teamId);

	List<BusinessCalendar> findByIsDefaultTrue();

	boolean existsByNameIgnoreCaseAndIdNot(String name, long id);
}
