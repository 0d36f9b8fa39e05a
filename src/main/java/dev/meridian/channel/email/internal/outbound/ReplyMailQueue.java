package dev.meridian.channel.email.internal.outbound;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.channel.email.internal.EmailMessage;
import dev.meridian.channel.email.internal.EmailMessageRepository;
import dev.meridian.channel.email.internal.Mailbox;
import dev.meridian.channel.email.internal.MailboxRepository;
import dev.meridian.channel.email.internal.OutboundMail;
import dev.meridian.channel.email.internal.OutboundMailRepository;
import dev.meridian.channel.email.internal.Participants;
import dev.meridian.channel.email.internal.inbound.SubjectLine;
import dev.meridian.customer.Customers;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.ReplyQueued;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Queues an agent's email reply in the outbox, inside the transaction that stored the reply: the reply and its
 * queue entry commit together or not at all. The Message-ID is fixed here, on the mailbox's domain, and recorded
 * for threading at once, so a customer's answer threads even while the mail is still being retried. The unique
 * index on the message keeps it from being queued twice.
 */
@Component
class ReplyMailQueue {

	static final java.time.Duration HISTORY = java.time.Duration.ofHours(1);

	private final Tickets tickets;
	private final Customers customers;
	private final MailboxRepository mailboxes;
	private final EmailMessageRepository messages;
	private final OutboundMailRepository outbox;
	private final Participants participants;
	private final Clock clock;

	ReplyMailQueue(Tickets tickets, Customers customers, MailboxRepository mailboxes, EmailMessageRepository messages,
			OutboundMailRepository outbox, Participants participants, Clock clock) {
		this.tickets = tickets;
		this.customers = customers;
		this.mailboxes = mailboxes;
		this.messages = messages;
		this.outbox = outbox;
		this.participants = participants;
		this.clock = clock;
	}

	@EventListener
	void on(ReplyQueued event) {
		if (event.channel() != Channel.EMAIL && event.channel() != Channel.MARKETPLACE) {
			return;
		}
		TicketView ticket = tickets.get(event.ticket());
		var now = clock.instant();
		boolean history = tickets.conversation(ticket.id()).stream()
			.filter(m -> m.id().equals(event.message()))
			.anyMatch(m -> m.createdAt().isBefore(now.minus(HISTORY)));
		if (history) {
			// a reply written long ago, imported from another help desk: the customer got it back then
			return;
		}
		Optional<EmailMessage> last = messages.lastInbound(ticket.id().value(), Limit.of(1)).stream().findFirst();
		Mailbox mailbox = last.map(EmailMessage::mailboxId)
			.flatMap(id -> mailboxes.findById(id))
			.or(() -> mailboxes.findByBrandIdOrderByIdAsc(ticket.brand().value()).stream().filter(Mailbox::sends).findFirst())
			.orElse(null);
		String recipient = last.map(EmailMessage::replyAddress)
			.orElseGet(() -> customers.get(ticket.customer()).email());
		String domain = mailbox == null ? "meridian.invalid" : mailbox.address().substring(mailbox.address().indexOf('@') + 1);
		String headerId = (UUID.randomUUID().toString().replace("-", "") + ".t" + ticket.number() + "@" + domain)
			.toLowerCase(Locale.ROOT);
		OutboundMail mail = new OutboundMail(ticket.id().value(), event.message().value(),
				mailbox == null ? null : mailbox.id(), headerId, recipient, now);
		if (mailbox == null || recipient == null) {
			mail.attemptFailed(mailbox == null ? "no mailbox of this brand can send email"
					: "the customer has no email address", true, 0, now);
		}
		outbox.save(mail);
		String chain = last.map(in -> (in.referenceIds() == null ? "" : in.referenceIds() + " ") + in.headerId())
			.orElse(null);
		messages.save(new EmailMessage(ticket.brand().value(), mailbox == null ? null : mailbox.id(), ticket.id().value(),
				event.message().value(), EmailMessage.OUT, headerId, "mid:" + headerId, chain,
				mailbox == null ? null : mailbox.address(), recipient, SubjectLine.normalize(ticket.subject()), null, now));
		if (recipient != null) {
			participants.add(ticket.id().value(), java.util.List.of(recipient));
		}
	}
}
