package dev.meridian.ticket.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Remembers which resource a client's {@code Idempotency-Key} created, so that a retried request returns the
 * same resource instead of creating a second one. Called inside the creating transaction.
 */
@Component
public class IdempotencyKeys {

	private final JdbcTemplate jdbc;
	private final Clock clock;

	IdempotencyKeys(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<Long> recall(String scope, String key) {
		List<Long> ids = jdbc.queryForList("select resource_id from idempotency_key where scope = ? and idem_key = ?",
				Long.class, scope, key);
		return ids.stream().findFirst();
	}

	public void remember(String scope, String key, long resourceId) {
		jdbc.update("insert into idempotency_key (scope, idem_key, resource_id, created_at) values (?, ?, ?, ?)", scope,
				key, resourceId, Timestamp.from(clock.instant()));
	}
}
