package dev.meridian.channel.email;

import java.util.List;

import dev.meridian.channel.email.internal.OutboundMail;
import dev.meridian.channel.email.internal.OutboundMailRepository;
import dev.meridian.ticket.MessageId;
import dev.meridian.ticket.TicketId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What became of the email replies on a ticket, for the agent's view of sent, retrying and failed mail. */
@Service
@Transactional(readOnly = true)
public class Deliveries {

	private final OutboundMailRepository outbox;

	Deliveries(OutboundMailRepository outbox) {
		this.outbox = outbox;
	}

	public List<Delivery> of(TicketId ticket) {
		return outbox.findByTicketIdOrderByIdAsc(ticket.value()).stream().map(Deliveries::view).toList();
	}

	private static Delivery view(OutboundMail mail) {
		boolean waiting = OutboundMail.PENDING.equals(mail.status()) || OutboundMail.RETRYING.equals(mail.status());
		return new Delivery(new MessageId(mail.messageId()), mail.status(), mail.attempts(), mail.recipient(),
				mail.lastError(), waiting ? mail.nextAttemptAt() : null, mail.sentAt());
	}
}
