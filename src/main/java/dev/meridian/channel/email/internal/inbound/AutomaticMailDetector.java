package dev.meridian.channel.email.internal.inbound;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Step 4: recognises mail that a machine wrote (RFC 3834 {@code Auto-Submitted}, {@code Precedence: bulk, junk,
 * list}, {@code X-Autoreply}, {@code X-Autorespond}, out-of-office subjects), so that it never reopens a ticket
 * and is never answered automatically.
 */
@Component
@Order(40)
class AutomaticMailDetector implements InboundStep {

	private static final Pattern OUT_OF_OFFICE = Pattern.compile(
			"^(auto(matic)?[ -]?(reply|response)|out of (the )?office|abwesenheitsnotiz|automatische antwort|"
					+ "réponse automatique|absence|respuesta automática|risposta automatica|自动回复|自動回覆|自動応答|不在)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	@Override
	public void apply(Inbound inbound) {
		inbound.automatic = reason(inbound.mail());
	}

	static @Nullable String reason(ParsedMail mail) {
		String autoSubmitted = mail.marker("auto-submitted");
		if (autoSubmitted != null && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
			return "Auto-Submitted: " + autoSubmitted.strip();
		}
		String precedence = mail.marker("precedence");
		if (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|list|auto_reply")) {
			return "Precedence: " + precedence.strip();
		}
		if (mail.marker("x-autoreply") != null || mail.marker("x-autorespond") != null) {
			return "X-Autoreply";
		}
		if (OUT_OF_OFFICE.matcher(SubjectLine.normalize(mail.subject())).find()) {
			return "out-of-office subject";
		}
		return null;
	}
}
