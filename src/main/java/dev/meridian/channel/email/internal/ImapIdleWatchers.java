package dev.meridian.channel.email.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This node's IMAP IDLE watchers, one per mailbox whose lease it holds. Every tick it renews its leases, takes
 * free ones, stops watchers of mailboxes that were deleted or lost their IMAP settings, restarts those whose
 * settings changed, and wakes the ones whose IDLE has lasted long enough to be issued anew. The tick is this node's
 * own loop on purpose, not a cluster-wide job: each node must renew its own leases; the leases in the database
 * make sure that only one node idles per mailbox.
 */
@Component
public class ImapIdleWatchers implements ImapIdleWatcher.Owner {

	static final Duration NOT_OFFERED_RETRY = Duration.ofHours(6);
	static final Duration FAILING_RETRY = Duration.ofMinutes(15);
	private static final Logger log = LoggerFactory.getLogger(ImapIdleWatchers.class);

	private final MailboxRepository mailboxes;
	private final IdleLeases leases;
	private final ImapMailboxPoller poller;
	private final EmailSettings settings;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final String node;
	private final Map<Long, ImapIdleWatcher> watchers = new ConcurrentHashMap<>();
	private final ScheduledExecutorService ticker;
	// stopping and waking wait for the server's answer; they never hold up the tick
	private final ExecutorService helpers;

	ImapIdleWatchers(MailboxRepository mailboxes, IdleLeases leases, ImapMailboxPoller poller, EmailSettings settings,
			PlatformTransactionManager transactions, Clock clock) {
		this.mailboxes = mailboxes;
		this.leases = leases;
		this.poller = poller;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
		this.ticker = Executors.newSingleThreadScheduledExecutor(daemon("imap-idle-tick"));
		this.helpers = Executors.newCachedThreadPool(daemon("imap-idle-control"));
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (settings.idle()) {
			ticker.scheduleWithFixedDelay(this::tickSafely, 0, settings.idleTick().toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	/**
	 * A mailbox was added, changed or deleted: once that commits, this node acts on it at once instead of at its
	 * next tick (other nodes notice at theirs). Changed IMAP settings let every node try IDLE again at once.
	 */
	public void mailboxChanged(long mailboxId, boolean imapChanged) {
		if (imapChanged) {
			leases.settingsChanged(mailboxId);
		}
		if (!settings.idle()) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					ticker.execute(ImapIdleWatchers.this::tickSafely);
				}
			});
		}
		else {
			ticker.execute(this::tickSafely);
		}
	}

	/** The mailboxes this node idles on at the moment. */
	java.util.Set<Long> watching() {
		return java.util.Set.copyOf(watchers.keySet());
	}

	String node() {
		return node;
	}

	private void tickSafely() {
		try {
			tick();
		}
		catch (RuntimeException e) {
			log.warn("IMAP IDLE housekeeping failed; trying again at the next tick", e);
		}
	}

	synchronized void tick() {
		Instant now = clock.instant();
		leases.expire(now);
		Map<Long, Mailbox> wanted = transaction.execute(s -> mailboxes.findAllByOrderByIdAsc().stream()
			.filter(Mailbox::polls).collect(Collectors.toMap(Mailbox::id, Function.identity())));
		for (ImapIdleWatcher watcher : watchers.values()) {
			Mailbox mailbox = wanted.get(watcher.mailboxId());
			if (mailbox == null) {
				stop(watcher);
				leases.release(watcher.mailboxId(), node);
			}
			else if (!mailbox.updatedAt().equals(watcher.settingsAt())) {
				// new settings: a new watcher below, under the same lease
				stop(watcher);
			}
		}
		Instant until = now.plus(settings.idleTick().multipliedBy(3));
		for (Mailbox mailbox : wanted.values()) {
			ImapIdleWatcher running = watchers.get(mailbox.id());
			boolean held = leases.claim(mailbox.id(), node, now, until);
			if (running != null && !held) {
				// this node renewed too late and another took over
				stop(running);
			}
			else if (running != null) {
				helpers.execute(() -> running.renewIfDue(now, settings.idleRenew()));
			}
			else if (held) {
				ImapIdleWatcher watcher = new ImapIdleWatcher(mailbox, poller, this, clock);
				watchers.put(mailbox.id(), watcher);
				Thread thread = new Thread(watcher, "imap-idle-" + mailbox.id());
				thread.setDaemon(true);
				thread.start();
			}
		}
	}

	@Override
	public synchronized void ended(ImapIdleWatcher watcher, ImapIdleWatcher.End end, @Nullable String reason) {
		watchers.remove(watcher.mailboxId(), watcher);
		switch (end) {
			case STOPPED -> {
				// the tick that stopped it decided about the lease
			}
			case NOT_OFFERED -> {
				log.info("Mailbox {}: {}; it is polled instead", watcher.mailboxId(), reason);
				leases.fallBack(watcher.mailboxId(), node, clock.instant().plus(NOT_OFFERED_RETRY));
			}
			case FAILING -> {
				log.warn("Mailbox {}: IDLE keeps failing ({}); it is polled for the next {} minutes",
						watcher.mailboxId(), reason, FAILING_RETRY.toMinutes());
				leases.fallBack(watcher.mailboxId(), node, clock.instant().plus(FAILING_RETRY));
			}
		}
	}

	private void stop(ImapIdleWatcher watcher) {
		watchers.remove(watcher.mailboxId(), watcher);
		helpers.execute(watcher::stop);
	}

	/** Ends every IDLE and gives the leases back, so that another node takes over without waiting for them to run out. */
	@PreDestroy
	synchronized void shutdown() {
		ticker.shutdownNow();
		for (ImapIdleWatcher watcher : java.util.List.copyOf(watchers.values())) {
			stop(watcher);
			try {
				leases.release(watcher.mailboxId(), node);
			}
			catch (RuntimeException e) {
				// the lease runs out by itself
			}
		}
		helpers.shutdown();
		try {
			helpers.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static java.util.concurrent.ThreadFactory daemon(String name) {
		return runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		};
	}
}
