package dev.meridian.ticket.web;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.meridian.shared.LanguageTag;

/**
 * Languages as the agent picks them, in the inbox filter and in the ticket's language correction: each by its name
 * in the agent's language and sorted by that name the way the agent's language sorts ("Deutsch" before
 * "Englisch"), Simplified and Traditional Chinese apart.
 */
final class LanguageChoices {

	/** What detection covers, so an agent can correct a ticket to any of them before the first such ticket exists. */
	static final List<String> DETECTED = List.of("en", "zh-CN", "zh-TW", "ja", "ko", "de", "fr", "es", "it", "pt", "nl",
			"pl", "sv", "ru", "ar", "tr", "th", "vi", "id");

	private LanguageChoices() {
	}

	/** An option: the BCP 47 tag and the language's name in the viewer's language. */
	record Choice(String tag, String name) {
	}

	/** The given tags, undetermined ones left out, by name in the viewer's language. */
	static List<Choice> of(Collection<String> tags, Locale viewer) {
		Set<String> unique = new LinkedHashSet<>();
		tags.stream().filter(LanguageTag::known).map(String::strip).forEach(unique::add);
		Collator collator = Collator.getInstance(viewer);
		collator.setStrength(Collator.PRIMARY);
		return unique.stream()
			.map(tag -> new Choice(tag, LanguageTag.displayName(tag, viewer)))
			.sorted(Comparator.comparing(Choice::name, collator).thenComparing(Choice::tag))
			.toList();
	}
}
