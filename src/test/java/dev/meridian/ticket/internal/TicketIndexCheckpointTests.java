package dev.meridian.ticket.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import dev.meridian.ApiTestSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The index on disk is committed about once a second, so a crash can lose the newest index changes while the
 * database keeps them. Here a change written with plain SQL stands for such a lost change: the database has it,
 * the index does not, as after a crash.
 */
class TicketIndexCheckpointTests extends ApiTestSupport {

	private static final Path INDEX;

	static {
		try {
			INDEX = Files.createTempDirectory("meridian-index-checkpoint");
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@DynamicPropertySource
	static void indexOnDisk(DynamicPropertyRegistry registry) {
		registry.add("spring.jpa.properties.hibernate.search.backend.directory.type", () -> "local-filesystem");
		registry.add("spring.jpa.properties.hibernate.search.backend.directory.root", INDEX::toString);
		registry.add("meridian.search.checkpoint-interval", () -> "1s");
	}

	@Autowired
	TicketIndex index;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void writesACheckpointBesideTheIndexThatTrailsTheClockByTheChangesInFlight() throws Exception {
		awaitSearchIndex();
		Path file = INDEX.resolve("ticket.checkpoint");
		Instant before = Instant.now();
		index.checkpoint();

		Instant durableUntil = Instant.parse(Files.readString(file).strip());
		assertThat(durableUntil).isBetween(before.minus(Duration.ofMinutes(1)).minusSeconds(5),
				Instant.now().minus(Duration.ofMinutes(1)));
		assertThat(INDEX.resolve("ticket")).isDirectory();
	}

	@Test
	void theNextStartReindexesTheTicketsChangedSinceTheCheckpoint() {
		awaitSearchIndex();
		String before = "marmalade" + unique();
		String after = "tangerine" + unique();
		String stale = "gooseberry" + unique();
		Timestamp opening = Timestamp.from(Instant.now());
		long recent = opened("Jar of " + before);
		long old = opened("Crate of " + stale);
		// The listeners of the two openings (language, routing, service levels) re-index the tickets when they change
		// them; once they are done, nothing but the next start brings the database's rows to the index.
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
				"select count(*) from event_publication where publication_date >= ?", Long.class, opening) == 0);
		index.checkpoint();

		// Lost in the crash: the index never saw these. The old ticket's change carries a time before the checkpoint.
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update("update ticket set subject = ?, updated_at = ? where id = ?", "Jar of " + after, now, recent);
		jdbc.update("update ticket set subject = ?, updated_at = ? where id = ?", "Crate of pears",
				Timestamp.from(Instant.now().minus(Duration.ofHours(2))), old);
		assertThat(ticketIds("text=" + after)).isEmpty();

		index.check();

		assertThat(ticketIds("text=" + after)).containsExactly(Long.toString(recent));
		assertThat(ticketIds("text=" + before)).isEmpty();
		// Only what changed since the checkpoint is read again, not the whole index.
		assertThat(ticketIds("text=" + stale)).containsExactly(Long.toString(old));
	}

	/** A ticket whose only words to find are in its subject. */
	private long opened(String subject) {
		return Long.parseLong(openTicket(ticketRequest(brand(), subject, uniqueEmail("customer"), "Where is my order?"))
			.get("id")
			.asString());
	}

}
