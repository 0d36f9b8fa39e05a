package dev.meridian.quality.web;

import java.util.Locale;
import java.util.function.UnaryOperator;

import dev.meridian.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;

/**
 * A scorecard or rule the service refused, in the admin's words: {@code quality.error.<code>} from the bundle, with
 * what the error points at (an item, a pattern, a language) as {0}. Unknown codes fall back to the server's sentence
 * so that nothing is hidden. The status is the API's, so that a refused form is never mistaken for a success.
 */
final class QualityFormErrors {

	private QualityFormErrors() {
	}

	/** {@code subject} turns the error's first detail (an item key, say) into words (that item's name). */
	static String message(DomainException e, MessageSource messages, Locale locale, UnaryOperator<String> subject,
			HttpServletResponse response) {
		response.setStatus(e.httpStatus());
		Object[] args = e.details().isEmpty() ? new Object[0] : new Object[] { subject.apply(e.details().get(0)) };
		String text = messages.getMessage("quality.error." + e.code(), args, null, locale);
		return text == null ? e.getMessage() : text;
	}
}
