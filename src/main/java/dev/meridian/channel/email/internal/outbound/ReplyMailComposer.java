package dev.meridian.channel.email.internal.outbound;

import java.io.UnsupportedEncodingException;
import java.util.Arrays;
import java.util.List;

import dev.meridian.channel.email.internal.EmailMessage;
import dev.meridian.channel.email.internal.Mailbox;
import dev.meridian.channel.email.internal.OutboundMail;
import dev.meridian.channel.email.internal.inbound.SubjectLine;
import dev.meridian.ticket.AttachmentContent;
import dev.meridian.ticket.MessageView;
import dev.meridian.ticket.TicketView;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the MIME message for one reply: our Message-ID, {@code In-Reply-To} and {@code References} to the
 * customer's last mail, the ticket token in the subject, text with an HTML alternative, and the attachments.
 */
final class ReplyMailComposer {

	private ReplyMailComposer() {
	}

	static MimeMessage compose(Session session, OutboundMail mail, Mailbox mailbox, TicketView ticket,
			MessageView reply, @Nullable EmailMessage lastInbound, List<AttachmentContent> files)
			throws MessagingException {
		MimeMessage message = new FixedIdMessage(session, "<" + mail.headerId() + ">");
		try {
			message.setFrom(new InternetAddress(mailbox.address(),
					mailbox.senderName() == null ? null : mailbox.senderName(), "UTF-8"));
		}
		catch (UnsupportedEncodingException e) {
			throw new IllegalStateException("every JVM has UTF-8", e);
		}
		message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.recipient()));
		String subject = ticket.subject().matches("(?i)^(re|aw|sv|antw)\\s*:.*") ? ticket.subject() : "Re: " + ticket.subject();
		message.setSubject(SubjectLine.withToken(subject, ticket.number()), "UTF-8");
		if (lastInbound != null) {
			message.setHeader("In-Reply-To", "<" + lastInbound.headerId() + ">");
			List<String> chain = new java.util.ArrayList<>(lastInbound.referenceIds() == null ? List.of()
					: Arrays.asList(lastInbound.referenceIds().split(" ")));
			chain.add(lastInbound.headerId());
			if (chain.size() > 20) {
				chain = chain.subList(chain.size() - 20, chain.size());
			}
			message.setHeader("References", String.join(" ", chain.stream().map(id -> "<" + id + ">").toList()));
		}
		message.setHeader("X-Meridian-Ticket", Long.toString(ticket.number()));
		message.setSentDate(new java.util.Date());

		MimeMultipart alternative = new MimeMultipart("alternative");
		MimeBodyPart text = new MimeBodyPart();
		text.setText(reply.body(), "UTF-8");
		alternative.addBodyPart(text);
		MimeBodyPart html = new MimeBodyPart();
		String htmlBody = reply.html() != null ? reply.html()
				: "<div style=\"white-space: pre-wrap\">" + HtmlUtils.htmlEscape(reply.body()) + "</div>";
		html.setContent("<!DOCTYPE html><html><body>" + htmlBody + "</body></html>", "text/html; charset=UTF-8");
		alternative.addBodyPart(html);
		if (files.isEmpty()) {
			message.setContent(alternative);
		}
		else {
			MimeMultipart mixed = new MimeMultipart("mixed");
			MimeBodyPart body = new MimeBodyPart();
			body.setContent(alternative);
			mixed.addBodyPart(body);
			for (AttachmentContent file : files) {
				MimeBodyPart part = new MimeBodyPart();
				part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
				try {
					part.setFileName(jakarta.mail.internet.MimeUtility.encodeText(file.fileName(), "UTF-8", null));
				}
				catch (UnsupportedEncodingException e) {
					part.setFileName(file.fileName());
				}
				part.setDisposition(MimeBodyPart.ATTACHMENT);
				mixed.addBodyPart(part);
			}
			message.setContent(mixed);
		}
		message.saveChanges();
		return message;
	}

	/** Keeps the Message-ID that was fixed when the reply was queued, so a retry is the same message. */
	private static final class FixedIdMessage extends MimeMessage {

		private final String id;

		FixedIdMessage(Session session, String id) {
			super(session);
			this.id = id;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", id);
		}
	}
}
