package dev.meridian.automation.internal;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

	@Query("select n from Notification n where n.agentId = ?1 order by n.id desc")
	List<Notification> latest(long agentId, Pageable page);

	@Query("select n from Notification n where n.agentId = ?1 and n.id < ?2 order by n.id desc")
	List<Notification> before(long agentId, long id, Pageable page);

	long countByAgentIdAndReadAtIsNull(long agentId);

	@Modifying
	@Query("update Notification n set n.readAt = ?2 where n.agentId = ?1 and n.readAt is null")
	int readAll(long agentId, java.time.Instant now);
}
