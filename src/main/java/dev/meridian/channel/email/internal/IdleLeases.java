package dev.meridian.channel.email.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which node keeps a mailbox's IMAP IDLE connection. A node holds a lease with an end, renews it while its
 * connection lives and gives it back when it stops; a lease that ran out (its node died) may be taken by any node.
 * Each change is one conditional UPDATE, so two nodes can never both hold a mailbox.
 */
@Component
class IdleLeases {

	private final JdbcClient jdbc;

	IdleLeases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Takes or renews the lease of a mailbox that has IMAP settings; false when another node holds it. */
	boolean claim(long mailboxId, String node, Instant now, Instant until) {
		return jdbc.sql("""
				update mailbox set imap_idle_node = :node, imap_idle_until = :until
				where id = :id and imap_host is not null
				  and (imap_idle_node is null or imap_idle_node = :node or imap_idle_until < :now)
				  and (imap_idle_retry_after is null or imap_idle_retry_after <= :now)""")
			.param("node", node).param("until", utc(until)).param("id", mailboxId).param("now", utc(now))
			.update() == 1;
	}

	void release(long mailboxId, String node) {
		jdbc.sql("update mailbox set imap_idle_node = null, imap_idle_until = null where id = :id and imap_idle_node = :node")
			.param("id", mailboxId).param("node", node).update();
	}

	/** Gives the lease back and lets no node try IDLE on this mailbox again before {@code retryAfter}. */
	void fallBack(long mailboxId, String node, Instant retryAfter) {
		jdbc.sql("""
				update mailbox set imap_idle_node = null, imap_idle_until = null, imap_idle_retry_after = :retry
				where id = :id and imap_idle_node = :node""")
			.param("retry", utc(retryAfter)).param("id", mailboxId).param("node", node).update();
	}

	/** New IMAP settings may point at a server that offers IDLE: any node may try at once. */
	void settingsChanged(long mailboxId) {
		jdbc.sql("update mailbox set imap_idle_retry_after = null where id = :id").param("id", mailboxId).update();
	}

	/** Frees the leases of nodes that stopped renewing them, so that the mailbox shows as polled meanwhile. */
	int expire(Instant now) {
		return jdbc.sql("update mailbox set imap_idle_node = null, imap_idle_until = null where imap_idle_until < :now")
			.param("now", utc(now)).update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
