package dev.meridian.channel.email.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.meridian.channel.email.MailboxView;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One mailbox's IMAP IDLE connection, kept on a thread of its own: it imports what waits in the watched folder,
 * idles until the server announces a change (or until it is woken to issue IDLE again), imports again, and so on.
 * Imports go through the poller's path, so the raw message is stored before the server copy is touched. A dropped
 * connection is opened again after a pause that doubles each time; when the server does not offer IDLE, or the
 * connection keeps failing, the watcher ends and tells its owner, which leaves the mailbox to polling.
 */
final class ImapIdleWatcher implements Runnable {

	enum End {
		STOPPED, NOT_OFFERED, FAILING
	}

	interface Owner {

		void ended(ImapIdleWatcher watcher, End end, @Nullable String reason);
	}

	static final int MAX_FAILURES = 6;
	private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
	private static final Duration LONGEST_PAUSE = Duration.ofMinutes(1);
	private static final Logger log = LoggerFactory.getLogger(ImapIdleWatcher.class);

	private final Mailbox mailbox;
	private final MailboxView.Imap imap;
	private final ImapMailboxPoller poller;
	private final Owner owner;
	private final Clock clock;
	private final Object pause = new Object();
	private volatile boolean stopped;
	private volatile @Nullable Store store;
	private volatile @Nullable IMAPFolder folder;
	private volatile @Nullable Instant idleSince;
	private boolean idled;

	ImapIdleWatcher(Mailbox mailbox, ImapMailboxPoller poller, Owner owner, Clock clock) {
		this.mailbox = mailbox;
		this.imap = mailbox.imap();
		this.poller = poller;
		this.owner = owner;
		this.clock = clock;
	}

	long mailboxId() {
		return mailbox.id();
	}

	/** When the mailbox's settings were last changed when this watcher started; newer settings need a new watcher. */
	Instant settingsAt() {
		return mailbox.updatedAt();
	}

	@Override
	public void run() {
		int failures = 0;
		while (!stopped) {
			try {
				connectAndIdle();
			}
			catch (IdleNotOffered e) {
				owner.ended(this, End.NOT_OFFERED, "the server does not offer IDLE");
				return;
			}
			catch (MessagingException | IOException | RuntimeException e) {
				if (stopped) {
					break;
				}
				// a connection that reached IDLE worked; only failures in a row count towards giving up
				failures = idled ? 1 : failures + 1;
				String reason = ImapMailboxPoller.describe(imap, e);
				poller.checked(mailbox.id(), reason);
				// a refused OAuth grant stays refused until an admin acts: reconnecting would only ask the provider again
				if (failures >= MAX_FAILURES || e instanceof TokenRequestFailed token && token.refused()) {
					owner.ended(this, End.FAILING, reason);
					return;
				}
				Duration wait = pauseAfter(failures);
				log.info("IDLE connection of mailbox {} lost ({}); connecting again in {} s", mailbox.id(), reason,
						wait.toSeconds());
				sleep(wait);
			}
		}
		owner.ended(this, End.STOPPED, null);
	}

	static Duration pauseAfter(int failures) {
		Duration wait = FIRST_PAUSE.multipliedBy(1L << Math.min(failures - 1, 16));
		return wait.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : wait;
	}

	private void connectAndIdle() throws MessagingException, IOException {
		idled = false;
		Store connected = poller.connect(mailbox);
		store = connected;
		try {
			if (stopped) {
				return;
			}
			if (!(connected instanceof IMAPStore imapStore) || !imapStore.hasCapability("IDLE")) {
				throw new IdleNotOffered();
			}
			IMAPFolder opened = (IMAPFolder) connected.getFolder(imap.folder());
			opened.open(Folder.READ_WRITE);
			folder = opened;
			while (!stopped) {
				while (poller.importBatch(mailbox.id(), opened, imap).fetched() == ImapMailboxPoller.BATCH && !stopped) {
					// a full batch: more may be waiting
				}
				poller.checked(mailbox.id(), null);
				if (stopped) {
					break;
				}
				idled = true;
				idleSince = clock.instant();
				// returns after the server's first announcement, or when renew() or stop() ends IDLE
				opened.idle(true);
				idleSince = null;
			}
		}
		finally {
			idleSince = null;
			folder = null;
			store = null;
			close(connected);
		}
	}

	/** Ends an IDLE that has lasted {@code renew} or longer; the watcher imports and issues IDLE again. */
	void renewIfDue(Instant now, Duration renew) {
		Instant since = idleSince;
		IMAPFolder idling = folder;
		if (since == null || idling == null || since.plus(renew).isAfter(now)) {
			return;
		}
		try {
			// any command on the folder makes Angus send DONE first, which ends the IDLE command
			idling.doCommand(protocol -> {
				protocol.noop();
				return null;
			});
		}
		catch (MessagingException | RuntimeException e) {
			// the watcher's own read sees the same broken connection and reconnects
		}
	}

	/** Ends the watcher: IDLE is ended with DONE and the connection logged out. May block while the server answers. */
	void stop() {
		stopped = true;
		synchronized (pause) {
			pause.notifyAll();
		}
		IMAPFolder idling = folder;
		if (idling != null) {
			try {
				// closing the folder first ends IDLE with DONE and waits for the server's answer, so the server sees
				// the session end in order rather than a connection cut in the middle of IDLE
				idling.close(false);
			}
			catch (MessagingException | RuntimeException e) {
				// closing the store below cuts the connection
			}
		}
		Store open = store;
		if (open != null) {
			close(open);
		}
	}

	boolean stopped() {
		return stopped;
	}

	private void sleep(Duration wait) {
		synchronized (pause) {
			try {
				if (!stopped) {
					pause.wait(wait.toMillis());
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				stopped = true;
			}
		}
	}

	private static void close(Store store) {
		try {
			store.close();
		}
		catch (MessagingException | RuntimeException e) {
			// closing a broken connection fails; it is gone either way
		}
	}

	private static final class IdleNotOffered extends RuntimeException {

		IdleNotOffered() {
			super("IDLE not offered", null, false, false);
		}
	}
}
