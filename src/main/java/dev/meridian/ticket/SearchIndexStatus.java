package dev.meridian.ticket;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * How far the full-text index of tickets is. While it is not {@link State#READY} a text search runs in SQL: it finds
 * the same tickets by substring, slower and without word forms. {@code indexed} of {@code total} counts a build in
 * progress; {@code startedAt} and {@code finishedAt} time the last build, null when none ran since start-up.
 */
public record SearchIndexStatus(State state, long indexed, long total, @Nullable Instant startedAt,
		@Nullable Instant finishedAt) {

	public enum State {
		/** Comparing the index with the database after start-up. */
		CHECKING,
		/** Indexing every ticket in the background, because the index was missing, empty or behind the database. */
		BUILDING,
		READY,
		/** The last build failed; the log says why, and the next start-up tries again. */
		FAILED;

		@JsonValue
		public String key() {
			return KeyedEnum.key(this);
		}
	}
}
