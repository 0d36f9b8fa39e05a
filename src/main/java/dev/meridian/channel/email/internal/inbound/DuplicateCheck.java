package dev.meridian.channel.email.internal.inbound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.meridian.channel.email.Imported.Outcome;
import dev.meridian.channel.email.internal.EmailMessageRepository;
import dev.meridian.ticket.MessageId;
import dev.meridian.ticket.TicketId;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Step 2: a message the brand has already seen (by Message-ID, or by a hash of its content when it has none)
 * is a duplicate: imported twice, re-delivered after a crash, or sent to two of the brand's mailboxes. It lands
 * once; the unique index on {@code (brand_id, dedupe_key)} backs this check against concurrent imports.
 */
@Component
@Order(20)
class DuplicateCheck implements InboundStep {

	private final EmailMessageRepository messages;

	DuplicateCheck(EmailMessageRepository messages) {
		this.messages = messages;
	}

	@Override
	public void apply(Inbound inbound) {
		String key = key(inbound.mail());
		inbound.dedupeKey = key;
		messages.findFirstByBrandIdAndDedupeKey(inbound.mailbox().brand().value(), key)
			.ifPresent(known -> inbound.finish(Outcome.DUPLICATE, new TicketId(known.ticketId()),
					known.messageId() == null ? null : new MessageId(known.messageId()), "duplicate of " + key));
	}

	static String key(ParsedMail mail) {
		if (mail.messageId() != null) {
			return "mid:" + mail.messageId();
		}
		MessageDigest digest = sha256();
		update(digest, mail.from() == null ? "" : mail.from().address());
		update(digest, mail.date() == null ? "" : mail.date().toString());
		update(digest, mail.subject());
		update(digest, mail.text() == null ? "" : mail.text());
		update(digest, mail.html() == null ? "" : mail.html());
		for (ParsedMail.Part part : mail.attachments()) {
			update(digest, part.fileName());
			digest.update(part.content());
		}
		return "sha:" + HexFormat.of().formatHex(digest.digest());
	}

	private static void update(MessageDigest digest, String value) {
		digest.update(value.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JVM has SHA-256", e);
		}
	}
}
