package dev.meridian.channel.email.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.meridian.channel.email.AfterImport;
import dev.meridian.channel.email.Imported;
import dev.meridian.channel.email.InboundMail;
import dev.meridian.channel.email.MailboxId;
import dev.meridian.channel.email.MailboxView;
import jakarta.annotation.PreDestroy;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Polls the mailboxes that have IMAP settings, several at once on a bounded pool so that one slow server or one
 * huge message delays only its own mailbox. Each message is fetched without setting \Seen, stored raw and
 * imported, and only then marked seen, moved or deleted on the server: a crash at any point leaves the server copy
 * in place, and the Message-ID index turns the next poll's copy into a duplicate instead of a second message.
 * The IDLE watchers import through {@link #importBatch} too, so both ways in behave the same.
 */
@Component
public class ImapMailboxPoller {

	private static final Logger log = LoggerFactory.getLogger(ImapMailboxPoller.class);
	static final int BATCH = 200;

	private final MailboxRepository mailboxes;
	private final InboundMail inbound;
	private final MailSessions sessions;
	private final MailLogins logins;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final ExecutorService pool;
	private final EmailSettings settings;

	ImapMailboxPoller(MailboxRepository mailboxes, @Lazy InboundMail inbound, MailSessions sessions, MailLogins logins,
			PlatformTransactionManager transactions, EmailSettings settings, Clock clock) {
		this.mailboxes = mailboxes;
		this.inbound = inbound;
		this.sessions = sessions;
		this.logins = logins;
		this.transaction = new TransactionTemplate(transactions);
		this.settings = settings;
		this.clock = clock;
		this.pool = Executors.newFixedThreadPool(Math.max(1, settings.pollConcurrency()), runnable -> {
			Thread thread = new Thread(runnable, "imap-poll");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Polls every IMAP mailbox once; returns how many messages were imported. A mailbox that idles is left to its
	 * IDLE connection unless nothing has checked it for {@code idleSafetyPoll}: then the connection may be stuck.
	 */
	public int pollAll() {
		Instant stale = clock.instant().minus(settings.idleSafetyPoll());
		List<Long> ids = transaction.execute(s -> mailboxes.findAllByOrderByIdAsc().stream()
			.filter(m -> m.polls() && (!m.idles() || m.lastPolledAt() == null || m.lastPolledAt().isBefore(stale)))
			.map(Mailbox::id).toList());
		List<Future<Integer>> running = new ArrayList<>();
		for (Long id : ids) {
			running.add(pool.submit(() -> poll(id)));
		}
		int imported = 0;
		long deadline = System.nanoTime() + settings.pollInterval().multipliedBy(10).toNanos();
		for (Future<Integer> future : running) {
			try {
				imported += future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			catch (Exception e) {
				// a mailbox still busy keeps going on its own thread; its error is recorded on the mailbox
			}
		}
		return imported;
	}

	/** Polls one mailbox; the outcome (or the error) is recorded on it for the admin pages. */
	public int poll(long mailboxId) {
		Mailbox mailbox = transaction.execute(s -> mailboxes.findById(mailboxId).orElse(null));
		if (mailbox == null || !mailbox.polls()) {
			return 0;
		}
		MailboxView.Imap imap = mailbox.imap();
		int imported = 0;
		String error = null;
		try (Store store = connect(mailbox)) {
			Folder folder = store.getFolder(imap.folder());
			folder.open(Folder.READ_WRITE);
			try {
				imported = importBatch(mailboxId, folder, imap).added();
			}
			finally {
				folder.close(imap.afterImport() != AfterImport.MARK_SEEN);
			}
		}
		catch (MessagingException | IOException | RuntimeException e) {
			error = describe(imap, e);
			log.warn("Polling mailbox {} failed: {}", mailboxId, error);
		}
		checked(mailboxId, error);
		return imported;
	}

	/** How many messages one batch fetched from the server, and how many of them were new to Meridian. */
	record Batch(int fetched, int added) {
	}

	/**
	 * Imports up to {@link #BATCH} waiting messages from an open folder, for a poll and for an IDLE connection
	 * alike. Each message is fetched without setting \Seen, stored raw and imported; only then are the imported ones
	 * marked seen, moved or deleted, all in one command (one round trip per batch, not per message), also when a later
	 * message of the batch failed. Moved and deleted messages are expunged at once, because an IDLE connection keeps
	 * its folder open. A crash before the marking leaves them on the server; the next poll finds them imported
	 * already (by Message-ID and content) and marks them then.
	 */
	Batch importBatch(long mailboxId, Folder folder, MailboxView.Imap imap) throws MessagingException, IOException {
		Message[] messages = imap.afterImport() == AfterImport.MARK_SEEN
				? folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))
				: folder.search(new FlagTerm(new Flags(Flags.Flag.DELETED), false));
		int fetched = Math.min(messages.length, BATCH);
		int added = 0;
		List<Message> imported = new ArrayList<>(fetched);
		try {
			for (int i = 0; i < fetched; i++) {
				Message message = messages[i];
				Imported result = inbound.receive(new MailboxId(mailboxId), raw(message), "imap");
				imported.add(message);
				if (result.outcome() == Imported.Outcome.ADDED) {
					added++;
				}
			}
		}
		finally {
			afterImport(folder, imported.toArray(Message[]::new), imap);
		}
		return new Batch(fetched, added);
	}

	/** A connected store for the mailbox's IMAP server, logged in. */
	Store connect(Mailbox mailbox) throws MessagingException {
		MailboxView.Imap imap = mailbox.imap();
		Store store = sessions.imap(imap).getStore(sessions.imapProtocol(imap));
		try {
			logins.signIn(mailbox, MailServer.IMAP, secret -> store.connect(imap.host(), imap.port(), imap.username(), secret));
		}
		catch (MessagingException | RuntimeException e) {
			store.close();
			throw e;
		}
		return store;
	}

	/** Records when the mailbox was last checked and what went wrong, for the admin pages. */
	void checked(long mailboxId, @Nullable String error) {
		String shortened = error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
		transaction.executeWithoutResult(s -> mailboxes.checked(mailboxId, clock.instant(), shortened));
	}

	static String describe(MailboxView.Imap imap, Exception e) {
		return ConnectionTester.failure(imap.host(), imap.port(),
				e instanceof MessagingException me ? me : new MessagingException(e.getMessage(), e), List.of()).message();
	}

	private static byte[] raw(Message message) throws MessagingException, IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		message.writeTo(out);
		return out.toByteArray();
	}

	private static void afterImport(Folder folder, Message[] imported, MailboxView.Imap imap) throws MessagingException {
		if (imported.length == 0) {
			return;
		}
		switch (imap.afterImport()) {
			case MARK_SEEN -> folder.setFlags(imported, new Flags(Flags.Flag.SEEN), true);
			case DELETE -> folder.setFlags(imported, new Flags(Flags.Flag.DELETED), true);
			case MOVE -> {
				Folder target = folder.getStore().getFolder(imap.moveTo());
				if (!target.exists()) {
					target.create(Folder.HOLDS_MESSAGES);
				}
				folder.copyMessages(imported, target);
				folder.setFlags(imported, new Flags(Flags.Flag.DELETED), true);
			}
		}
		if (imap.afterImport() != AfterImport.MARK_SEEN) {
			folder.expunge();
		}
	}

	@PreDestroy
	void stop() {
		pool.shutdownNow();
	}
}
