package dev.meridian.ticket;

import dev.meridian.shared.DomainException;
import dev.meridian.shared.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * What an agent wrote in their own language before sending the reply translated into the customer's: kept with the
 * message for agents, never sent to the customer. {@code language} is a BCP 47 tag, or {@code null} when not known.
 */
public record AgentOriginal(String text, @Nullable String language) {

	public AgentOriginal {
		if (text == null || text.isBlank()) {
			throw DomainException.malformed("message.original_text_required", "the agent's original needs a text");
		}
		text = text.strip();
		language = language == null || language.isBlank() ? null : LanguageTag.normalize(language);
	}
}
