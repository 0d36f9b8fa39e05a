package dev.meridian.routing.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EscalationRepository extends JpaRepository<Escalation, Long> {

	List<Escalation> findByTicketIdOrderByEscalatedAtAscIdAsc(long ticketId);
}
