package dev.meridian.channel.email.internal.inbound;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.meridian.channel.email.Imported.Outcome;
import dev.meridian.channel.email.internal.EmailMessage;
import dev.meridian.channel.email.internal.EmailMessageRepository;
import dev.meridian.channel.email.internal.EmailSettings;
import dev.meridian.channel.email.internal.Mailbox;
import dev.meridian.channel.email.internal.MailboxRepository;
import dev.meridian.channel.email.internal.Participants;
import dev.meridian.shared.SanitizedHtml;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.InboundMessage;
import dev.meridian.ticket.MessageBody;
import dev.meridian.ticket.NewAttachment;
import dev.meridian.ticket.Received;
import dev.meridian.ticket.TicketChanges;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Step 10: hands the message to {@code ticket} ({@link Tickets#receive}, which reopens a solved ticket and opens
 * a follow-up for a closed one) and records its Message-ID, sender and participants for threading, all in the
 * import's transaction. Attachments over the limits stay in the raw message and are named in the text.
 */
@Component
@Order(100)
class TicketHandover implements InboundStep {

	private final Tickets tickets;
	private final EmailMessageRepository messages;
	private final MailboxRepository mailboxes;
	private final Participants participants;
	private final EmailSettings settings;

	TicketHandover(Tickets tickets, EmailMessageRepository messages, MailboxRepository mailboxes,
			Participants participants, EmailSettings settings) {
		this.tickets = tickets;
		this.messages = messages;
		this.mailboxes = mailboxes;
		this.participants = participants;
		this.settings = settings;
	}

	@Override
	public void apply(Inbound inbound) {
		ParsedMail mail = inbound.mail();
		String subject = mail.subject().isBlank() ? "(no subject)" : mail.subject().strip();
		if (subject.length() > 500) {
			subject = subject.substring(0, 500);
		}
		Received received = tickets.receive(new InboundMessage(inbound.mailbox().brand(),
				inbound.relay() != null ? Channel.MARKETPLACE : Channel.EMAIL, inbound.customer(), subject,
				body(mail, inbound.html()), inbound.continues(), inbound.now()));
		long brand = inbound.mailbox().brand().value();
		String headerId = mail.messageId() != null ? mail.messageId() : inbound.dedupeKey();
		String replyAddress = inbound.relay() != null || mail.replyTo() == null ? inbound.senderAddress
				: mail.replyTo().address();
		List<String> chain = new ArrayList<>(mail.references());
		if (mail.inReplyTo() != null && !chain.contains(mail.inReplyTo())) {
			chain.add(mail.inReplyTo());
		}
		EmailMessage record = new EmailMessage(brand, inbound.mailbox().id().value(), received.ticket().value(),
				received.message().value(), EmailMessage.IN, headerId, inbound.dedupeKey(),
				chain.isEmpty() ? null : String.join(" ", chain), inbound.senderAddress, replyAddress,
				SubjectLine.normalize(mail.subject()), inbound.rawMailId(), inbound.now());
		if (inbound.relay() != null) {
			record.soldOn(inbound.relay().key(), inbound.relay().orderId());
		}
		messages.saveAndFlush(record);
		participants.add(received.ticket().value(), addresses(inbound, mail, brand));
		if (received.openedTicket() && !inbound.tags().isEmpty()) {
			TicketView ticket = tickets.get(received.ticket());
			Set<String> tags = new LinkedHashSet<>(ticket.tags());
			tags.addAll(inbound.tags());
			tickets.update(received.ticket(), new TicketChanges(null, null, null, null, List.copyOf(tags), null));
		}
		inbound.finish(Outcome.ADDED, received.ticket(), received.message(),
				inbound.threadedBy() == null ? null : "threaded by " + inbound.threadedBy());
	}

	private Set<String> addresses(Inbound inbound, ParsedMail mail, long brand) {
		Set<String> ours = new java.util.HashSet<>();
		mailboxes.findByBrandIdOrderByIdAsc(brand).stream().map(Mailbox::address).forEach(ours::add);
		ours.add(inbound.mailbox().address());
		Set<String> addresses = new LinkedHashSet<>();
		if (inbound.senderAddress != null) {
			addresses.add(inbound.senderAddress);
		}
		if (mail.replyTo() != null) {
			addresses.add(mail.replyTo().address());
		}
		mail.to().forEach(a -> addresses.add(a.address()));
		mail.cc().forEach(a -> addresses.add(a.address()));
		addresses.removeAll(ours);
		return addresses;
	}

	private MessageBody body(ParsedMail mail, String html) {
		List<NewAttachment> files = new ArrayList<>();
		List<String> leftOut = new ArrayList<>();
		long max = settings.maxAttachmentSize().toBytes();
		for (ParsedMail.Part part : mail.attachments()) {
			if (part.content().length > max || files.size() >= settings.maxAttachments()) {
				leftOut.add(part.fileName() + " (" + (part.content().length / 1024) + " KB)");
				continue;
			}
			files.add(new NewAttachment(part.fileName(), part.contentType(), part.content()));
		}
		String text = mail.text() != null ? mail.text().strip() : html != null ? SanitizedHtml.plainText(html) : null;
		if (!leftOut.isEmpty()) {
			text = (text == null ? "" : text + "\n\n") + "[Kept in the original message, too large or too many to attach: "
					+ String.join(", ", leftOut) + "]";
		}
		if (text != null && text.length() > settings.maxBodyLength()) {
			text = text.substring(0, settings.maxBodyLength() - 100) + "\n[… cut; the whole text is in the original message]";
		}
		if ((text == null || text.isBlank()) && html == null && files.isEmpty()) {
			text = "(empty message)";
		}
		return new MessageBody(text, html, files);
	}
}
