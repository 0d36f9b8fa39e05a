package dev.meridian.sla.internal;

import java.util.List;

import dev.meridian.shared.TableStamp;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SlaPolicyRepository extends JpaRepository<SlaPolicy, Long> {

	List<SlaPolicy> findAllByOrderByPositionAscIdAsc();

	/** Moves whenever a policy is added, removed or changed (its version rises with any change, conditions too). */
	@Query("select new dev.meridian.shared.TableStamp(count(p), coalesce(sum(p.version), 0), max(p.updatedAt)) "
			+ "from SlaPolicy p")
	TableStamp stamp();

	boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

	boolean existsByCalendarId(long calendarId);
}
