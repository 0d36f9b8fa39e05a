package dev.meridian.channel.email.internal.inbound;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import dev.meridian.channel.email.internal.EmailMessage;
import dev.meridian.channel.email.internal.EmailMessageRepository;
import dev.meridian.channel.email.internal.EmailSettings;
import dev.meridian.channel.email.internal.Participants;
import dev.meridian.ticket.TicketId;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Step 7: finds the ticket a mail continues, by three rules in order: (1) {@code In-Reply-To}, then
 * {@code References} from the newest, against the Message-IDs of every mail stored on the brand's tickets,
 * inbound and outbound; (2) the ticket token {@code [#1234]} in the subject, but only from someone who already
 * takes part in that ticket; (3) the same sender with the same normalized subject within the window. A forward
 * ({@code Fwd:}, {@code WG:}, {@code 转发:} ...) starts a new ticket. A merged ticket's mail goes to the ticket
 * it was merged into.
 */
@Component
@Order(70)
class ConversationThreading implements InboundStep {

	private final EmailMessageRepository messages;
	private final Participants participants;
	private final Tickets tickets;
	private final EmailSettings settings;

	ConversationThreading(EmailMessageRepository messages, Participants participants, Tickets tickets,
			EmailSettings settings) {
		this.messages = messages;
		this.participants = participants;
		this.tickets = tickets;
		this.settings = settings;
	}

	@Override
	public void apply(Inbound inbound) {
		ParsedMail mail = inbound.mail();
		if (SubjectLine.isForward(mail.subject())) {
			return;
		}
		long brand = inbound.mailbox().brand().value();
		Optional<TicketId> found = byHeaders(brand, mail);
		String rule = "references";
		if (found.isEmpty()) {
			found = byToken(inbound, brand, mail);
			rule = "subject-token";
		}
		if (found.isEmpty()) {
			found = bySenderAndSubject(inbound, brand, mail);
			rule = "sender-and-subject";
		}
		if (found.isPresent()) {
			inbound.continues = followMerges(found.get());
			inbound.threadedBy = rule;
		}
	}

	private Optional<TicketId> byHeaders(long brand, ParsedMail mail) {
		List<String> ids = new ArrayList<>();
		if (mail.inReplyTo() != null) {
			ids.add(mail.inReplyTo());
		}
		List<String> references = new ArrayList<>(mail.references());
		Collections.reverse(references);
		ids.addAll(references);
		for (String id : ids) {
			List<EmailMessage> known = messages.findByBrandIdAndHeaderId(brand, id);
			if (!known.isEmpty()) {
				return Optional.of(new TicketId(known.get(0).ticketId()));
			}
		}
		return Optional.empty();
	}

	private Optional<TicketId> byToken(Inbound inbound, long brand, ParsedMail mail) {
		OptionalLong number = SubjectLine.ticketNumber(mail.subject());
		if (number.isEmpty()) {
			return Optional.empty();
		}
		return tickets.byNumber(number.getAsLong())
			.filter(ticket -> ticket.brand().value() == brand)
			.filter(ticket -> ticket.customer().equals(inbound.customer)
					|| (inbound.senderAddress != null && participants.contains(ticket.id().value(), inbound.senderAddress)))
			.map(TicketView::id);
	}

	private Optional<TicketId> bySenderAndSubject(Inbound inbound, long brand, ParsedMail mail) {
		String key = SubjectLine.normalize(mail.subject());
		if (key.isEmpty() || inbound.senderAddress == null) {
			return Optional.empty();
		}
		return messages.recentFromSender(brand, inbound.senderAddress, key, inbound.now().minus(settings.threadWindow()),
				Limit.of(1)).stream().findFirst().map(e -> new TicketId(e.ticketId()));
	}

	private TicketId followMerges(TicketId id) {
		TicketView ticket = tickets.get(id);
		for (int hops = 0; ticket.mergedInto() != null && hops < 10; hops++) {
			ticket = tickets.get(ticket.mergedInto());
		}
		return ticket.id();
	}
}
