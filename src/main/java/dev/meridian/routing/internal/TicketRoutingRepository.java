package dev.meridian.routing.internal;

import java.util.Optional;

import dev.meridian.shared.DomainException;
import dev.meridian.ticket.TicketId;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface TicketRoutingRepository extends JpaRepository<TicketRouting, Long> {

	/**
	 * The ticket's routing state, created if it had none, locked until the transaction ends. The routing listener, an
	 * escalation and a skill change may come for a new ticket at once: each waits for the one before, instead of two
	 * of them inserting the same row.
	 */
	default TicketRouting lockOrCreate(TicketId ticketId) {
		createIfAbsent(ticketId.value());
		return lockById(ticketId.value()).orElseThrow(() -> DomainException.notFound("ticket", ticketId));
	}

	/** Nothing for a ticket that does not exist. ON CONFLICT without a target: the form PostgreSQL and H2 accept. */
	@Modifying(flushAutomatically = true)
	@Query(value = "insert into routing_ticket (ticket_id, tier, version) select id, 1, 0 from ticket where id = :ticketId "
			+ "on conflict do nothing", nativeQuery = true)
	void createIfAbsent(long ticketId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from TicketRouting r where r.ticketId = :ticketId")
	Optional<TicketRouting> lockById(long ticketId);
}
