package dev.meridian.ticket.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import dev.meridian.ticket.SearchIndexStatus;
import dev.meridian.ticket.SearchIndexStatus.State;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the full-text index of tickets whole. Every change made through the application reaches the index at commit;
 * rows that arrive otherwise (an upgrade from a version without the index, a bulk load with {@code COPY}, a lost
 * index directory) leave it short of the database. After start-up, never during it, the index is compared with the
 * database and, when they differ, rebuilt in the background; searches use SQL until it is {@link #ready()}.
 */
@Component
public class TicketIndex {

	private static final Logger log = LoggerFactory.getLogger(TicketIndex.class);

	/** The build logs its progress each time this share of the tickets more is indexed. */
	private static final int LOG_STEPS = 10;

	private final EntityManagerFactory entityManagerFactory;
	private final Clock clock;
	private final AtomicLong indexed = new AtomicLong();
	private final AtomicLong total = new AtomicLong();
	private volatile State state = State.CHECKING;
	private volatile @Nullable Instant startedAt;
	private volatile @Nullable Instant finishedAt;

	TicketIndex(EntityManagerFactory entityManagerFactory, Clock clock) {
		this.entityManagerFactory = entityManagerFactory;
		this.clock = clock;
	}

	/** Whether the index holds every ticket, so that searches may use it. */
	public boolean ready() {
		return state == State.READY;
	}

	public SearchIndexStatus status() {
		return new SearchIndexStatus(state, indexed.get(), total.get(), startedAt, finishedAt);
	}

	@EventListener(ApplicationReadyEvent.class)
	void checkAfterStartUp() {
		long inIndex;
		long inDatabase;
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			inIndex = Search.session(entityManager).search(Ticket.class).where(f -> f.matchAll()).fetchTotalHitCount();
			inDatabase = entityManager.createQuery("select count(t) from Ticket t", Long.class).getSingleResult();
		}
		if (inIndex == inDatabase) {
			indexed.set(inIndex);
			total.set(inDatabase);
			state = State.READY;
			log.info("The ticket search index holds all {} tickets", inDatabase);
			return;
		}
		log.info("The ticket search index holds {} of {} tickets; rebuilding it in the background, searches use SQL "
				+ "until it is done", inIndex, inDatabase);
		rebuild();
	}

	private void rebuild() {
		state = State.BUILDING;
		indexed.set(0);
		total.set(0);
		startedAt = clock.instant();
		finishedAt = null;
		Search.mapping(entityManagerFactory)
			.scope(Ticket.class)
			.massIndexer()
			.threadsToLoadObjects(2)
			.batchSizeToLoadObjects(100)
			.monitor(new Progress())
			.start()
			.whenComplete((done, failure) -> {
				finishedAt = clock.instant();
				if (failure != null) {
					state = State.FAILED;
					log.error("Building the ticket search index failed; searches keep using SQL", failure);
				}
				else {
					state = State.READY;
					log.info("The ticket search index is built: {} tickets in {} s", indexed.get(),
							(finishedAt.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0);
				}
			});
	}

	private final class Progress implements MassIndexingMonitor {

		@Override
		public void addToTotalCount(long count) {
			total.addAndGet(count);
		}

		@Override
		public void documentsAdded(long count) {
			long before = indexed.getAndAdd(count);
			long all = Math.max(total.get(), 1);
			if (before * LOG_STEPS / all != (before + count) * LOG_STEPS / all) {
				log.info("Ticket search index: {} of {} tickets indexed", before + count, total.get());
			}
		}

		@Override
		public void documentsBuilt(long count) {
			// Counted when added to the index, which is what searches see.
		}

		@Override
		public void entitiesLoaded(long count) {
			// Counted when added to the index, which is what searches see.
		}

		@Override
		public void indexingCompleted() {
			// The completion stage reports the end, with failures too.
		}
	}
}
