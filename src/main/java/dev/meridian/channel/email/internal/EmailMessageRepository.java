package dev.meridian.channel.email.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EmailMessageRepository extends JpaRepository<EmailMessage, Long> {

	Optional<EmailMessage> findFirstByBrandIdAndDedupeKey(long brandId, String dedupeKey);

	List<EmailMessage> findByBrandIdAndHeaderId(long brandId, String headerId);

	@Query("select e from EmailMessage e where e.brandId = :brandId and e.direction = 'in' and e.fromAddress = :sender "
			+ "and e.subjectKey = :subjectKey and e.createdAt >= :since order by e.createdAt desc, e.id desc")
	List<EmailMessage> recentFromSender(long brandId, String sender, String subjectKey, Instant since, Limit limit);

	@Query("select e from EmailMessage e where e.ticketId = :ticketId and e.direction = 'in' order by e.createdAt desc, e.id desc")
	List<EmailMessage> lastInbound(long ticketId, Limit limit);

	@Query("select count(e) from EmailMessage e where e.brandId = :brandId and e.direction = 'in' and e.fromAddress = :sender "
			+ "and e.createdAt >= :since")
	long countFromSender(long brandId, String sender, Instant since);
}
