package dev.meridian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.meridian.EventPublicationJobs.Resubmission;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events to other modules' listeners are stored with the publishing transaction and survive a failing listener:
 * the publication stays incomplete until the resubmission job hands it to the listener again.
 */
@SpringBootTest
class EventPublicationRegistryTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	Resubmission resubmission;

	@Autowired
	Clock clock;

	@Autowired
	FlakyListener listener;

	@Autowired
	EventSerializer serializer;

	@Test
	void keepsPublicationOfFailedListenerAndDeliversItOnResubmission() {
		UUID id = UUID.randomUUID();
		listener.failNext(1);

		transactions.executeWithoutResult(status -> events.publishEvent(new Probe(id)));

		await().atMost(Duration.ofSeconds(30)).until(() -> listener.attempts(id) == 1);
		await().atMost(Duration.ofSeconds(30)).until(() -> incompletePublicationsOf(id) == 1);
		assertThat(listener.delivered()).doesNotContain(id);

		// Not yet due: the job leaves a fresh failure alone.
		incomplete.resubmitIncompletePublications(p -> resubmission.isDue(p, clock.instant()));
		assertThat(listener.delivered()).doesNotContain(id);

		incomplete.resubmitIncompletePublications(
				p -> resubmission.isDue(p, clock.instant().plus(Duration.ofHours(1))));

		await().atMost(Duration.ofSeconds(30)).until(() -> listener.delivered().contains(id));
		await().atMost(Duration.ofSeconds(30)).until(() -> publicationsOf(id) == 0);
	}

	@Test
	void removesPublicationOnceListenerCompletes() {
		UUID id = UUID.randomUUID();

		transactions.executeWithoutResult(status -> events.publishEvent(new Probe(id)));

		await().atMost(Duration.ofSeconds(30)).until(() -> listener.delivered().contains(id));
		await().atMost(Duration.ofSeconds(30)).until(() -> publicationsOf(id) == 0);
	}

	@Test
	void publishesNothingWhenTheTransactionRollsBack() {
		UUID id = UUID.randomUUID();

		transactions.executeWithoutResult(status -> {
			events.publishEvent(new Probe(id));
			status.setRollbackOnly();
		});

		assertThat(publicationsOf(id)).isZero();
		assertThat(listener.attempts(id)).isZero();
	}

	/** The stored form is plain JSON of the event's fields, as Spring Modulith's own serializer writes it. */
	@Test
	void storesEventsAsTheirJsonAndReadsThemBack() {
		Probe probe = new Probe(UUID.randomUUID());

		Object stored = serializer.serialize(probe);

		assertThat(stored).isEqualTo("{\"id\":\"" + probe.id() + "\"}");
		assertThat(serializer.deserialize(stored, Probe.class)).isEqualTo(probe);
	}

	private int publicationsOf(UUID id) {
		return jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?",
				Integer.class, "%" + id + "%");
	}

	private int incompletePublicationsOf(UUID id) {
		return jdbc.queryForObject(
				"select count(*) from event_publication where serialized_event like ? and completion_date is null",
				Integer.class, "%" + id + "%");
	}

	record Probe(UUID id) {
	}

	/** Accessed through methods only: the bean is an async proxy, whose own fields are not the target's. */
	static class FlakyListener {

		private final AtomicInteger failuresLeft = new AtomicInteger();

		private final Map<UUID, Integer> attempts = new ConcurrentHashMap<>();

		private final Set<UUID> delivered = ConcurrentHashMap.newKeySet();

		void failNext(int times) {
			failuresLeft.set(times);
		}

		int attempts(UUID id) {
			return attempts.getOrDefault(id, 0);
		}

		Set<UUID> delivered() {
			return delivered;
		}

		@ApplicationModuleListener
		void on(Probe probe) {
			attempts.merge(probe.id(), 1, Integer::sum);
			if (failuresLeft.getAndDecrement() > 0) {
				throw new IllegalStateException("listener failed on purpose");
			}
			delivered.add(probe.id());
		}
	}

	@TestConfiguration
	static class Listeners {

		@Bean
		FlakyListener flakyListener() {
			return new FlakyListener();
		}
	}
}
