package dev.meridian.channel.email.internal.inbound;

import java.util.Locale;
import java.util.Set;

import dev.meridian.channel.email.Imported.Outcome;
import dev.meridian.channel.email.internal.MailboxRepository;
import dev.meridian.channel.email.internal.OutboundMail;
import dev.meridian.channel.email.internal.OutboundMailRepository;
import dev.meridian.channel.email.internal.inbound.ParsedMail.DeliveryReport;
import dev.meridian.ticket.TicketId;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Step 3: mail that must never become a customer message. A bounce (a delivery status report, or mail from
 * MAILER-DAEMON or postmaster) marks the reply it reports on as failed, with the server's reason for the agent;
 * mail from one of our own mailboxes is a loop and is dropped.
 */
@Component
@Order(30)
class LoopAndBounceGuard implements InboundStep {

	private static final Set<String> DAEMONS = Set.of("mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon");

	private final MailboxRepository mailboxes;
	private final OutboundMailRepository outbox;

	LoopAndBounceGuard(MailboxRepository mailboxes, OutboundMailRepository outbox) {
		this.mailboxes = mailboxes;
		this.outbox = outbox;
	}

	@Override
	public void apply(Inbound inbound) {
		ParsedMail mail = inbound.mail();
		if (isBounce(mail)) {
			bounce(inbound, mail);
			return;
		}
		if (mail.from() != null && mailboxes.existsByAddress(mail.from().address())) {
			inbound.finish(Outcome.IGNORED, null, null, "sent from our own mailbox " + mail.from().address()
					+ "; dropped to avoid a mail loop");
		}
	}

	static boolean isBounce(ParsedMail mail) {
		if (mail.deliveryReport() != null) {
			return true;
		}
		String contentType = mail.marker("content-type");
		if (contentType != null && contentType.contains("report-type=delivery-status")) {
			return true;
		}
		String returnPath = mail.marker("return-path");
		boolean nullSender = returnPath != null && returnPath.replaceAll("\\s", "").equals("<>");
		boolean daemon = mail.from() != null && DAEMONS.contains(mail.from().localPart().toLowerCase(Locale.ROOT));
		return daemon || (nullSender && mail.marker("x-failed-recipients") != null);
	}

	private void bounce(Inbound inbound, ParsedMail mail) {
		DeliveryReport report = mail.deliveryReport();
		String original = report != null && report.originalMessageId() != null ? report.originalMessageId()
				: mail.inReplyTo() != null ? mail.inReplyTo()
				: mail.references().isEmpty() ? null : mail.references().get(mail.references().size() - 1);
		String reason = report != null ? report.reason() : mail.subject();
		if (original != null) {
			var failed = outbox.findByHeaderId(original);
			if (failed.isPresent()) {
				OutboundMail outbound = failed.get();
				outbound.bounced(reason, inbound.now());
				inbound.finish(Outcome.BOUNCE, new TicketId(outbound.ticketId()), null,
						"bounce for reply " + outbound.messageId() + ": " + reason);
				return;
			}
		}
		inbound.finish(Outcome.BOUNCE, null, null, "bounce for a message Meridian did not send: " + reason);
	}
}
