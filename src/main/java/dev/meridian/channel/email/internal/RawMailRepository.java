package dev.meridian.channel.email.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RawMailRepository extends JpaRepository<RawMail, Long> {

	/** Mail stored but not (successfully) processed: a crash after storing, or a failure worth another try. */
	@Query("select r.id from RawMail r where r.status in ('received', 'failed') and r.attempts < :maxAttempts "
			+ "and r.receivedAt < :before order by r.id")
	List<Long> unprocessed(int maxAttempts, Instant before, Limit limit);
}
