package dev.meridian.automation.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How often each trigger has acted on each ticket, one row per pair. A time rule claims its pair by inserting the
 * row in the transaction that acts: the primary key lets only one node (or one pass) win, so each due action runs
 * once in a cluster. An event trigger counts its runs against a cap, the last guard against loops that pass
 * through the outside world (an auto-reply answering an auto-responder).
 */
@Component
public class TriggerRuns {

	private final JdbcTemplate jdbc;

	TriggerRuns(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Claims the first run of a time rule on a ticket; false when it ran before (or another node holds it). */
	public boolean claimOnce(long triggerId, long ticketId, Instant now) {
		try {
			jdbc.update("insert into automation_trigger_run (trigger_id, ticket_id, runs, last_run_at) values (?, ?, 1, ?)",
					triggerId, ticketId, Timestamp.from(now));
			return true;
		}
		catch (DataIntegrityViolationException e) {
			return false;
		}
	}

	public boolean ranBefore(long triggerId, long ticketId) {
		Integer count = jdbc.queryForObject(
				"select count(*) from automation_trigger_run where trigger_id = ? and ticket_id = ?", Integer.class,
				triggerId, ticketId);
		return count != null && count > 0;
	}

	/** Counts one more run of an event trigger on a ticket unless it reached {@code cap}; false when capped. */
	public boolean countRun(long triggerId, long ticketId, int cap, Instant now) {
		int updated = jdbc.update("update automation_trigger_run set runs = runs + 1, last_run_at = ? "
				+ "where trigger_id = ? and ticket_id = ? and runs < ?", Timestamp.from(now), triggerId, ticketId, cap);
		if (updated > 0) {
			return true;
		}
		if (ranBefore(triggerId, ticketId)) {
			return false;
		}
		return claimOnce(triggerId, ticketId, now) || countRun(triggerId, ticketId, cap, now);
	}

	public int runs(long triggerId, long ticketId) {
		Integer runs = jdbc.query("select runs from automation_trigger_run where trigger_id = ? and ticket_id = ?",
				rs -> rs.next() ? rs.getInt(1) : 0, triggerId, ticketId);
		return runs == null ? 0 : runs;
	}
}
