package dev.meridian.channel.email;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import dev.meridian.channel.email.Imported.Outcome;
import dev.meridian.channel.email.internal.Mailbox;
import dev.meridian.channel.email.internal.MailboxRepository;
import dev.meridian.channel.email.internal.RawMail;
import dev.meridian.channel.email.internal.RawMailRepository;
import dev.meridian.channel.email.internal.RawMailStore;
import dev.meridian.channel.email.internal.inbound.Inbound;
import dev.meridian.channel.email.internal.inbound.InboundPipeline;
import dev.meridian.shared.DomainException;
import dev.meridian.ticket.MessageId;
import dev.meridian.ticket.TicketId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The email channel's front door for incoming mail, whichever way it arrives (IMAP, a mail server's pipe): the
 * raw message is stored and committed first, then one transaction runs the inbound pipeline and adds the message
 * to its ticket. If that fails or the node dies, the raw message stays {@code received} and is processed again
 * later; the Message-ID index makes the retry land once.
 */
@Service
public class InboundMail {

	private static final Logger log = LoggerFactory.getLogger(InboundMail.class);
	static final int MAX_ATTEMPTS = 5;

	private final MailboxRepository mailboxes;
	private final RawMailStore store;
	private final RawMailRepository raws;
	private final InboundPipeline pipeline;
	private final TransactionTemplate transaction;
	private final Clock clock;

	InboundMail(MailboxRepository mailboxes, RawMailStore store, RawMailRepository raws, InboundPipeline pipeline,
			PlatformTransactionManager transactions, Clock clock) {
		this.mailboxes = mailboxes;
		this.store = store;
		this.raws = raws;
		this.pipeline = pipeline;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Stores one raw RFC 822 message for the mailbox, then imports it. */
	public Imported receive(MailboxId mailboxId, byte[] raw, String source) {
		if (raw.length == 0) {
			throw DomainException.malformed("mail.empty", "the request body must be one raw RFC 822 message");
		}
		Mailbox mailbox = mailboxes.findById(mailboxId.value())
			.orElseThrow(() -> DomainException.notFound("mailbox", mailboxId));
		long rawId = store.store(mailbox, source, raw);
		return process(rawId);
	}

	/** Runs the pipeline for a stored raw message; a failure leaves it for {@link #retryUnprocessed}. */
	public Imported process(long rawId) {
		for (int attempt = 1;; attempt++) {
			try {
				return transaction.execute(status -> runPipeline(rawId));
			}
			catch (DataIntegrityViolationException e) {
				// another node imported the same Message-ID at the same moment: the next run sees a duplicate
				if (attempt >= 2) {
					return failed(rawId, e);
				}
			}
			catch (RuntimeException e) {
				return failed(rawId, e);
			}
		}
	}

	/** Imports what a crash or a failure left behind; called by the scheduler. */
	public int retryUnprocessed() {
		List<Long> ids = raws.unprocessed(MAX_ATTEMPTS, clock.instant().minus(Duration.ofSeconds(30)), Limit.of(100));
		ids.forEach(this::process);
		return ids.size();
	}

	private Imported runPipeline(long rawId) {
		RawMail raw = raws.findById(rawId).orElseThrow();
		if (raw.status() != RawMail.Status.RECEIVED && raw.status() != RawMail.Status.FAILED) {
			return imported(raw);
		}
		Mailbox mailbox = mailboxes.findById(raw.mailboxId()).orElse(null);
		if (mailbox == null) {
			raw.processed(RawMail.Status.IGNORED, null, null, "the mailbox was deleted", clock.instant());
			return imported(raw);
		}
		Inbound inbound = pipeline.run(new Inbound(rawId, raw.content(), mailbox.view(), clock.instant()));
		RawMail.Status status = switch (inbound.outcome()) {
			case ADDED -> RawMail.Status.IMPORTED;
			case DUPLICATE -> RawMail.Status.DUPLICATE;
			case BOUNCE -> RawMail.Status.BOUNCE;
			default -> RawMail.Status.IGNORED;
		};
		raw.processed(status, inbound.ticket() == null ? null : inbound.ticket().value(),
				inbound.message() == null ? null : inbound.message().value(), inbound.note(), clock.instant());
		return new Imported(rawId, inbound.ticket(), inbound.message(), inbound.outcome() == Outcome.DUPLICATE,
				inbound.outcome());
	}

	private Imported failed(long rawId, Exception e) {
		log.warn("Raw mail {} could not be imported yet ({}); it is kept and will be tried again", rawId, e.toString());
		transaction.executeWithoutResult(status -> raws.findById(rawId)
			.ifPresent(raw -> raw.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant())));
		return new Imported(rawId, null, null, false, Outcome.PENDING);
	}

	private static Imported imported(RawMail raw) {
		Outcome outcome = switch (raw.status()) {
			case IMPORTED -> Outcome.ADDED;
			case DUPLICATE -> Outcome.DUPLICATE;
			case BOUNCE -> Outcome.BOUNCE;
			case RECEIVED, FAILED -> Outcome.PENDING;
			default -> Outcome.IGNORED;
		};
		return new Imported(raw.id(), raw.ticketId() == null ? null : new TicketId(raw.ticketId()),
				raw.messageId() == null ? null : new MessageId(raw.messageId()), outcome == Outcome.DUPLICATE, outcome);
	}
}
