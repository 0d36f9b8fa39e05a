package dev.meridian.channel.email.internal.outbound;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import dev.meridian.channel.email.MailboxView;
import dev.meridian.channel.email.internal.EmailMessage;
import dev.meridian.channel.email.internal.EmailMessageRepository;
import dev.meridian.channel.email.internal.EmailSettings;
import dev.meridian.channel.email.internal.MailLogins;
import dev.meridian.channel.email.internal.MailServer;
import dev.meridian.channel.email.internal.MailSessions;
import dev.meridian.channel.email.internal.Mailbox;
import dev.meridian.channel.email.internal.MailboxRepository;
import dev.meridian.channel.email.internal.OutboundMail;
import dev.meridian.channel.email.internal.OutboundMailRepository;
import dev.meridian.ticket.AttachmentContent;
import dev.meridian.ticket.MessageId;
import dev.meridian.ticket.MessageView;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Each mail is claimed with a conditional update that only one node can win, sent
 * over the mailbox's SMTP (STARTTLS or TLS), then marked sent; a failure is retried with backoff and the reason is
 * kept for the agent, a permanent one (5xx, rejected address) fails at once. A node that dies between the SMTP
 * server accepting the mail and marking it sent leaves a claim that expires; the retry carries the same
 * Message-ID, so mail clients show one message.
 */
@Component
public class OutboxDispatcher {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
	static final Duration LEASE = Duration.ofMinutes(10);

	private final OutboundMailRepository outbox;
	private final MailboxRepository mailboxes;
	private final EmailMessageRepository messages;
	private final Tickets tickets;
	private final MailSessions sessions;
	private final MailLogins logins;
	private final EmailSettings settings;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final String node = ManagementFactory.getRuntimeMXBean().getName();

	OutboxDispatcher(OutboundMailRepository outbox, MailboxRepository mailboxes, EmailMessageRepository messages,
			Tickets tickets, MailSessions sessions, MailLogins logins, EmailSettings settings,
			PlatformTransactionManager transactions, Clock clock) {
		this.outbox = outbox;
		this.mailboxes = mailboxes;
		this.messages = messages;
		this.tickets = tickets;
		this.sessions = sessions;
		this.logins = logins;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Sends every mail that is due; returns how many were sent. */
	public int dispatchDue() {
		transaction.executeWithoutResult(s -> outbox.releaseStale(clock.instant().minus(LEASE), clock.instant()));
		List<Long> due = transaction.execute(s -> outbox.due(clock.instant(), Limit.of(50)));
		int sent = 0;
		for (Long id : due) {
			Integer claimed = transaction.execute(s -> outbox.claim(id, node, clock.instant()));
			if (claimed != null && claimed == 1 && send(id)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean send(long id) {
		Prepared prepared;
		try {
			prepared = transaction.execute(s -> prepare(id));
		}
		catch (RuntimeException | Error e) {
			fail(id, "could not build the message: " + e.getMessage(), true);
			return false;
		}
		if (prepared == null) {
			return false;
		}
		try {
			transport(prepared);
		}
		catch (MessagingException e) {
			boolean permanent = isPermanent(e);
			log.info("Sending reply mail {} failed{}: {}", id, permanent ? " permanently" : ", will retry", e.getMessage());
			fail(id, describe(e), permanent);
			return false;
		}
		transaction.executeWithoutResult(s -> outbox.findById(id).ifPresent(mail -> mail.sent(clock.instant())));
		return true;
	}

	private record Prepared(MimeMessage message, MailboxView.Smtp smtp, String protocol, Mailbox mailbox) {
	}

	private Prepared prepare(long id) {
		OutboundMail mail = outbox.findById(id).orElseThrow();
		Mailbox mailbox = mail.mailboxId() == null ? null : mailboxes.findById(mail.mailboxId()).orElse(null);
		if (mailbox == null || !mailbox.sends()) {
			mail.attemptFailed(mailbox == null ? "the mailbox was deleted" : "the mailbox has no SMTP settings; add them "
					+ "to send replies", true, settings.sendAttempts(), clock.instant());
			return null;
		}
		TicketView ticket = tickets.get(new TicketId(mail.ticketId()));
		MessageView reply = tickets.message(ticket.id(), new MessageId(mail.messageId()))
			.orElseThrow(() -> new IllegalStateException("the reply is no longer on its ticket"));
		EmailMessage lastInbound = messages.lastInbound(ticket.id().value(), Limit.of(1)).stream().findFirst().orElse(null);
		List<AttachmentContent> files = reply.attachments().stream().map(a -> tickets.attachment(a.id())).toList();
		MailboxView.Smtp smtp = mailbox.smtp();
		Session session = sessions.smtp(smtp);
		try {
			MimeMessage message = ReplyMailComposer.compose(session, mail, mailbox, ticket, reply, lastInbound, files);
			return new Prepared(message, smtp, sessions.smtpProtocol(smtp), mailbox);
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	private void transport(Prepared prepared) throws MessagingException {
		Session session = prepared.message().getSession();
		try (Transport transport = session.getTransport(prepared.protocol())) {
			if (prepared.smtp().username() == null) {
				transport.connect();
			}
			else {
				logins.signIn(prepared.mailbox(), MailServer.SMTP, secret -> transport.connect(prepared.smtp().host(),
						prepared.smtp().port(), prepared.smtp().username(), secret));
			}
			transport.sendMessage(prepared.message(), prepared.message().getAllRecipients());
		}
	}

	private void fail(long id, String reason, boolean permanent) {
		transaction.executeWithoutResult(s -> outbox.findById(id)
			.ifPresent(mail -> mail.attemptFailed(reason, permanent, settings.sendAttempts(), clock.instant())));
	}

	/** An SMTP 5xx reply (a rejected address, a refused message) will not change on retry; anything else may. */
	static boolean isPermanent(MessagingException e) {
		for (Exception cause = e; cause != null;
				cause = cause instanceof MessagingException m ? m.getNextException() : null) {
			String message = cause.getMessage() == null ? "" : cause.getMessage().strip();
			java.util.regex.Matcher code = java.util.regex.Pattern.compile("^(\\d)\\d\\d[ -]").matcher(message);
			if (code.find()) {
				return code.group(1).equals("5");
			}
			if (cause instanceof SendFailedException failed && failed.getInvalidAddresses() != null
					&& failed.getInvalidAddresses().length > 0 && failed.getNextException() == null) {
				return true;
			}
		}
		return false;
	}

	private static String describe(MessagingException e) {
		StringBuilder reason = new StringBuilder(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip());
		Exception next = e.getNextException();
		if (next != null && next.getMessage() != null) {
			reason.append(": ").append(next.getMessage().strip());
		}
		return reason.toString();
	}
}
