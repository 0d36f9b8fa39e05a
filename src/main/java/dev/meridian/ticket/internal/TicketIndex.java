package dev.meridian.ticket.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.meridian.ticket.SearchIndexStatus;
import dev.meridian.ticket.SearchIndexStatus.State;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.annotation.PreDestroy;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the full-text index of tickets whole. Every change made through the application reaches the index at commit;
 * rows that arrive otherwise (an upgrade from a version without the index, a bulk load with {@code COPY}, a lost
 * index directory) leave it short of the database. After start-up, never during it, the index is compared with the
 * database and, when they differ, rebuilt in the background; searches use SQL until it is {@link #ready()}.
 * <p>
 * A request waits until its change is searchable, not until it is on disk ({@code read-sync}): Lucene commits about
 * once a second, which doubles what a node ingests. What a crash can then lose, the {@link IndexCheckpoint} finds:
 * every so often the index is flushed and the time up to which it surely holds every change is written beside it; the
 * next start re-indexes the tickets changed since, then compares the counts, both behind the running application.
 */
@Component
public class TicketIndex {

	private static final Logger log = LoggerFactory.getLogger(TicketIndex.class);

	/** The build logs its progress each time this share of the tickets more is indexed. */
	private static final int LOG_STEPS = 10;

	/**
	 * How far a change's {@code updatedAt} may lie before the moment its index work is queued: the transaction's own
	 * length plus the hand-over after its commit. A checkpoint vouches only for changes this much older than itself.
	 */
	private static final Duration CHANGES_IN_FLIGHT = Duration.ofMinutes(1);

	private static final int REINDEX_BATCH = 200;

	/** Long enough for the index work of a transaction that just committed to be done. */
	private static final Duration SETTLE = Duration.ofSeconds(2);

	private final EntityManagerFactory entityManagerFactory;
	private final EntityManager entityManager;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final @Nullable IndexCheckpoint checkpoint;
	private final Duration checkpointInterval;
	private @Nullable ScheduledExecutorService checkpoints;
	private final AtomicLong indexed = new AtomicLong();
	private final AtomicLong total = new AtomicLong();
	private volatile State state = State.CHECKING;
	private volatile @Nullable Instant startedAt;
	private volatile @Nullable Instant finishedAt;

	TicketIndex(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
			PlatformTransactionManager transactionManager, Clock clock,
			@Value("${spring.jpa.properties.hibernate.search.backend.directory.type:local-filesystem}") String directory,
			@Value("${spring.jpa.properties.hibernate.search.backend.directory.root:./data/index}") String root,
			@Value("${meridian.search.checkpoint-interval:30s}") Duration checkpointInterval) {
		this.entityManagerFactory = entityManagerFactory;
		this.entityManager = entityManager;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		// An index in memory starts empty every time: nothing to vouch for.
		this.checkpoint = "local-filesystem".equals(directory)
				? new IndexCheckpoint(Path.of(root).resolve("ticket.checkpoint")) : null;
		this.checkpointInterval = checkpointInterval;
	}

	/** Whether the index holds every ticket, so that searches may use it. */
	public boolean ready() {
		return state == State.READY;
	}

	public SearchIndexStatus status() {
		return new SearchIndexStatus(state, indexed.get(), total.get(), startedAt, finishedAt);
	}

	/**
	 * Checks the index behind the running application, not before it answers: catching up after a crash may
	 * re-index thousands of tickets. Until the check is done, searches use SQL ({@link #ready()} is false).
	 */
	@EventListener(ApplicationReadyEvent.class)
	void checkAfterStartUp() {
		Thread thread = new Thread(() -> {
			try {
				check();
			}
			catch (RuntimeException e) {
				state = State.FAILED;
				log.error("Could not check the ticket search index; searches use SQL until the next start", e);
			}
		}, "ticket-index-check");
		thread.setDaemon(true);
		thread.start();
	}

	/** Re-indexes what changed since the last checkpoint, then compares the index with the database. */
	void check() {
		long openedBefore = lastTicketId();
		if (checkpoint != null) {
			checkpoint.read().ifPresent(this::reindexChangedSince);
		}
		compareWithDatabase(openedBefore);
		startCheckpoints();
	}

	/**
	 * Compares the tickets up to {@code lastId}, the newest when the check began, on both sides: tickets opened while
	 * it runs are indexed by their own transactions and must not start a needless rebuild. (Ids, not times: they
	 * only grow, whatever the clock.) A ticket committed a moment ago may not be in the index yet, so a difference is
	 * counted once more before it starts a rebuild.
	 */
	void compareWithDatabase(long lastId) {
		Counts counts = countUpTo(lastId);
		if (!counts.match()) {
			pause(SETTLE);
			counts = countUpTo(lastId);
		}
		if (counts.match()) {
			indexed.set(counts.inIndex());
			total.set(counts.inDatabase());
			state = State.READY;
			log.info("The ticket search index holds all {} tickets", counts.inDatabase());
			return;
		}
		log.info("The ticket search index holds {} of {} tickets; rebuilding it in the background, searches use SQL "
				+ "until it is done", counts.inIndex(), counts.inDatabase());
		rebuild();
	}

	private long lastTicketId() {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			Long last = entityManager.createQuery("select max(t.id) from Ticket t", Long.class).getSingleResult();
			return last == null ? 0 : last;
		}
	}

	/** The tickets with an id up to {@code lastId}: in the index, and in the database. */
	private Counts countUpTo(long lastId) {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			long inIndex = Search.session(entityManager)
				.search(Ticket.class)
				.where(f -> f.range().field(TicketDocument.ID).atMost(lastId))
				.fetchTotalHitCount();
			long inDatabase = entityManager.createQuery("select count(t) from Ticket t where t.id <= :lastId", Long.class)
				.setParameter("lastId", lastId)
				.getSingleResult();
			return new Counts(inIndex, inDatabase);
		}
	}

	private record Counts(long inIndex, long inDatabase) {

		boolean match() {
			return inIndex == inDatabase;
		}
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Re-indexes every ticket changed at or after {@code since}; returns how many. */
	int reindexChangedSince(Instant since) {
		List<Long> changed = transactions.execute(tx -> entityManager
			.createQuery("select t.id from Ticket t where t.updatedAt >= :since order by t.id", Long.class)
			.setParameter("since", since)
			.getResultList());
		for (int from = 0; from < changed.size(); from += REINDEX_BATCH) {
			List<Long> batch = changed.subList(from, Math.min(changed.size(), from + REINDEX_BATCH));
			transactions.executeWithoutResult(tx -> {
				SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
				entityManager.createQuery("select t from Ticket t where t.id in :ids", Ticket.class)
					.setParameter("ids", batch)
					.getResultList()
					.forEach(plan::addOrUpdate);
			});
		}
		log.info("Re-indexed {} tickets changed since the index checkpoint of {}", changed.size(), since);
		return changed.size();
	}

	private synchronized void startCheckpoints() {
		if (checkpoint == null || checkpoints != null) {
			return;
		}
		checkpoints = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "ticket-index-checkpoint");
			thread.setDaemon(true);
			return thread;
		});
		long every = checkpointInterval.toMillis();
		checkpoints.scheduleWithFixedDelay(this::checkpointQuietly, every, every, TimeUnit.MILLISECONDS);
	}

	/** Commits the index to disk and records that every change stamped before a minute ago is in it. */
	synchronized void checkpoint() {
		if (checkpoint == null) {
			return;
		}
		Instant now = clock.instant();
		Search.mapping(entityManagerFactory).scope(Ticket.class).workspace().flush();
		checkpoint.write(now.minus(CHANGES_IN_FLIGHT));
	}

	private void checkpointQuietly() {
		try {
			checkpoint();
		}
		catch (RuntimeException e) {
			log.warn("Could not write the search index checkpoint; the next one tries again", e);
		}
	}

	@PreDestroy
	void stop() {
		ScheduledExecutorService running;
		synchronized (this) {
			running = checkpoints;
			checkpoints = null;
		}
		if (running != null) {
			running.shutdownNow();
			checkpointQuietly();
		}
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
