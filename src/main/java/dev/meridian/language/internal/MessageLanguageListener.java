package dev.meridian.language.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import dev.meridian.customer.Customers;
import dev.meridian.language.Detection;
import dev.meridian.language.LanguageDetector;
import dev.meridian.language.internal.FollowConfidentDetections.Outcome;
import dev.meridian.language.internal.FollowConfidentDetections.TicketLanguage;
import dev.meridian.ticket.MessageKind;
import dev.meridian.ticket.MessageReceived;
import dev.meridian.ticket.MessageView;
import dev.meridian.ticket.TicketView;
import dev.meridian.ticket.Tickets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Detects the language of every customer message as it arrives, in the transaction that stores it, so that the
 * API's answer to the request that brought the message already shows the language. Replies and notes are not
 * detected: they are in the agent's language, not the customer's. A failing detector never stops intake: the
 * message keeps no language and the ticket keeps its own.
 */
@Component
class MessageLanguageListener {

	private static final Logger log = LoggerFactory.getLogger(MessageLanguageListener.class);

	private final LanguageDetector detector;
	private final FollowConfidentDetections policy;
	private final Tickets tickets;
	private final Customers customers;

	MessageLanguageListener(LanguageDetector detector, LanguageSettings settings, Tickets tickets,
			Customers customers) {
		this.detector = detector;
		this.policy = new FollowConfidentDetections(settings.minEvidence(), settings.minConfidence());
		this.tickets = tickets;
		this.customers = customers;
	}

	@EventListener
	void on(MessageReceived event) {
		MessageView message = tickets.message(event.ticket(), event.message()).orElse(null);
		if (message == null || message.kind() != MessageKind.INBOUND) {
			return;
		}
		Detection detection;
		try {
			detection = detector.detect(message.body());
		}
		catch (RuntimeException | LinkageError e) {
			// The exception's message might quote the customer's text; the type and place are enough to debug.
			log.warn("Language detection failed for message {} of ticket {}: {} at {}", event.message(),
					event.ticket(), e.getClass().getName(),
					e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "unknown place");
			return;
		}
		TicketView ticket = tickets.get(event.ticket());
		String customerLanguage = customers.get(ticket.customer()).language();
		Outcome outcome = policy.follow(detection,
				new TicketLanguage(ticket.language(), ticket.languageByAgent(), detectedBefore(message)),
				customerLanguage);
		tickets.setLanguage(ticket.id(), message.id(), detection.language(),
				detection.determined() ? detection.confidence() : null, outcome.ticket() != null);
		if (outcome.customer() != null) {
			customers.setLanguage(ticket.customer(), outcome.customer());
		}
	}

	/** The languages that counted on the ticket's earlier customer messages. */
	private Set<String> detectedBefore(MessageView message) {
		Set<String> languages = new LinkedHashSet<>(tickets.customerLanguagesBefore(message));
		languages.remove(Detection.UNDETERMINED);
		return languages;
	}
}
