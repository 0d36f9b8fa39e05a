package dev.meridian.automation.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WebhookRepository extends JpaRepository<Webhook, Long> {

	List<Webhook> findAllByOrderByIdAsc();

	List<Webhook> findByEnabledTrue();
}
