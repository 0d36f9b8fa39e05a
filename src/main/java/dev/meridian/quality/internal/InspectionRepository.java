package dev.meridian.quality.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InspectionRepository extends JpaRepository<InspectionEntity, Long> {

	Optional<InspectionEntity> findByTicketId(long ticketId);

	@Query("select i from InspectionEntity i where i.solvedAt >= :from and i.solvedAt < :to order by i.solvedAt, i.id")
	List<InspectionEntity> solvedBetween(Instant from, Instant to);
}
