package dev.meridian.sla.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SlaTimerRepository extends JpaRepository<SlaTimer, Long> {

	/** The ticket's timers, locked: ticket events and the scheduler's pass change a timer one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from SlaTimer t where t.ticketId = :ticketId order by t.id")
	List<SlaTimer> lockByTicket(long ticketId);

	@Query("select t from SlaTimer t where t.ticketId = :ticketId order by t.id")
	List<SlaTimer> findByTicket(long ticketId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from SlaTimer t where t.id = :id")
	Optional<SlaTimer> lockById(long id);

	@Query("select t.id from SlaTimer t where t.nextAlertAt <= :now order by t.nextAlertAt, t.id")
	List<Long> dueForAlert(Instant now, Limit limit);

	@Modifying
	@Query("update SlaTimer t set t.nextAlertAt = :at where t.id = :id")
	void postponeAlert(long id, Instant at);

	@Query("select distinct t.ticketId from SlaTimer t where t.calendarId = :calendarId "
			+ "and t.state in (dev.meridian.sla.internal.SlaTimer.State.RUNNING, dev.meridian.sla.internal.SlaTimer.State.PAUSED)")
	List<Long> openTicketsOnCalendar(long calendarId);
}
