package dev.meridian.automation.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DeliveryRepository extends JpaRepository<Delivery, Long> {

	@Query("select d.id from Delivery d where d.state = 'pending' and d.nextAttemptAt <= ?1 order by d.nextAttemptAt, d.id")
	List<Long> due(Instant now, Pageable page);

	@Query("select d from Delivery d where d.webhookId = ?1 order by d.id desc")
	List<Delivery> latest(long webhookId, Pageable page);

	@Query("select d from Delivery d where d.webhookId = ?1 and d.id < ?2 order by d.id desc")
	List<Delivery> before(long webhookId, long id, Pageable page);
}
