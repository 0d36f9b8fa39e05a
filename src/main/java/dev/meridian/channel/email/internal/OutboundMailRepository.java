package dev.meridian.channel.email.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OutboundMailRepository extends JpaRepository<OutboundMail, Long> {

	@Query("select o.id from OutboundMail o where o.status in ('pending', 'retrying') and o.nextAttemptAt <= :now "
			+ "order by o.nextAttemptAt, o.id")
	List<Long> due(Instant now, Limit limit);

	/**
	 * Claims one mail for sending. Only one node's update matches, whatever the database's locking: the caller
	 * sends only when this returns 1.
	 */
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("update OutboundMail o set o.status = 'sending', o.claimedBy = :node, o.claimedAt = :now, "
			+ "o.attempts = o.attempts + 1, o.updatedAt = :now where o.id = :id and o.status in ('pending', 'retrying')")
	int claim(long id, String node, Instant now);

	/** A node that died while sending leaves its claim behind; after the lease the mail is tried again. */
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("update OutboundMail o set o.status = 'retrying', o.lastError = 'the sending node stopped; trying again', "
			+ "o.nextAttemptAt = :now, o.updatedAt = :now where o.status = 'sending' and o.claimedAt < :before")
	int releaseStale(Instant before, Instant now);

	Optional<OutboundMail> findByHeaderId(String headerId);

	List<OutboundMail> findByTicketIdOrderByIdAsc(long ticketId);
}
