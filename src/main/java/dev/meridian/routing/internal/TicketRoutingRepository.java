package dev.meridian.routing.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TicketRoutingRepository extends JpaRepository<TicketRouting, Long> {
}
