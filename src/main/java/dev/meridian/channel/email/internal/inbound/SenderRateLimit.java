package dev.meridian.channel.email.internal.inbound;

import java.time.Duration;

import dev.meridian.channel.email.Imported.Outcome;
import dev.meridian.channel.email.internal.EmailMessageRepository;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Step 5: stops a mail storm (a looping auto-responder, a script gone wrong): past 30 mails from one sender in
 * ten minutes, further mail from them is kept in the raw store but not added to tickets.
 */
@Component
@Order(50)
class SenderRateLimit implements InboundStep {

	static final int LIMIT = 30;
	static final Duration WINDOW = Duration.ofMinutes(10);

	private final EmailMessageRepository messages;

	SenderRateLimit(EmailMessageRepository messages) {
		this.messages = messages;
	}

	@Override
	public void apply(Inbound inbound) {
		ParsedMail mail = inbound.mail();
		if (mail.from() == null) {
			return;
		}
		long recent = messages.countFromSender(inbound.mailbox().brand().value(), mail.from().address(),
				inbound.now().minus(WINDOW));
		if (recent >= LIMIT) {
			inbound.finish(Outcome.IGNORED, null, null, mail.from().address() + " sent " + recent
					+ " mails in " + WINDOW.toMinutes() + " minutes; rate-limited");
		}
	}
}
