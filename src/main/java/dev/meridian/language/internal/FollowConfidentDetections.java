package dev.meridian.language.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import dev.meridian.language.Detection;
import org.jspecify.annotations.Nullable;

/**
 * Which detections count, and what follows from one.
 * <ul>
 * <li>A message's language counts only with enough evidence (letters left after quotes, signature, links and
 * order numbers are removed) and a clear lead over the second-best language; otherwise it is {@code und}. So
 * "ok", "Danke!", an order number or an emoji never move a ticket.</li>
 * <li>The ticket and the customer follow the latest message whose language counts.</li>
 * <li>A language an agent chose sticks while the customer keeps writing in languages the detector already saw on
 * the ticket (among them the one the agent corrected). It gives way only when a new customer message is confidently
 * in a language that is neither the chosen one nor one seen before: the customer has switched language. While it
 * sticks, the customer's language is left alone too.</li>
 * </ul>
 * Languages compare by their primary subtag ({@code pt} matches {@code pt-BR}, {@code zh} matches {@code zh-TW}),
 * except that two explicit Chinese variants ({@code zh-CN}, {@code zh-TW}) differ.
 */
final class FollowConfidentDetections {

	private final double minEvidence;
	private final double minConfidence;

	FollowConfidentDetections(double minEvidence, double minConfidence) {
		this.minEvidence = minEvidence;
		this.minConfidence = minConfidence;
	}

	/**
	 * The ticket's language as the policy needs to know it.
	 *
	 * @param language the ticket's current language
	 * @param chosenByAgent whether an agent set it
	 * @param detectedBefore the languages that counted on the ticket's earlier customer messages
	 */
	record TicketLanguage(@Nullable String language, boolean chosenByAgent, Collection<String> detectedBefore) {

		static TicketLanguage detected(@Nullable String language) {
			return new TicketLanguage(language, false, List.of());
		}
	}

	/**
	 * @param message what to store on the message
	 * @param ticket the ticket's new language, null to leave it
	 * @param customer the customer's new language, null to leave it
	 */
	record Outcome(Detection message, @Nullable String ticket, @Nullable String customer) {
	}

	Detection judge(Candidate candidate) {
		String language = candidate.language();
		if (language == null || Detection.UNDETERMINED.equals(language) || candidate.evidence() < minEvidence
				|| candidate.margin() < minConfidence) {
			return Detection.undetermined();
		}
		return new Detection(language, candidate.margin());
	}

	Outcome follow(Detection detection, TicketLanguage ticket, @Nullable String customerLanguage) {
		if (!detection.determined()) {
			return new Outcome(detection, null, null);
		}
		String detected = detection.language();
		boolean sameAsTicket = sameLanguage(detected, ticket.language());
		if (ticket.chosenByAgent() && !sameAsTicket
				&& ticket.detectedBefore().stream().anyMatch(seen -> sameLanguage(detected, seen))) {
			return new Outcome(detection, null, null);
		}
		return new Outcome(detection, sameAsTicket ? null : detected,
				sameLanguage(detected, customerLanguage) ? null : detected);
	}

	static boolean sameLanguage(String a, @Nullable String b) {
		if (b == null) {
			return false;
		}
		Locale x = Locale.forLanguageTag(a);
		Locale y = Locale.forLanguageTag(b);
		if (!x.getLanguage().equals(y.getLanguage())) {
			return false;
		}
		boolean xRefined = !x.getCountry().isEmpty() || !x.getScript().isEmpty();
		boolean yRefined = !y.getCountry().isEmpty() || !y.getScript().isEmpty();
		return !xRefined || !yRefined || (x.getCountry().equals(y.getCountry()) && x.getScript().equals(y.getScript()));
	}
}
