package dev.meridian.quality.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InspectionRepository extends JpaRepository<InspectionEntity, Long> {

	Optional<InspectionEntity> findByTicketId(long ticketId);
}
