package dev.meridian.routing.internal;

import java.util.Set;

import dev.meridian.routing.Tier;
import org.jspecify.annotations.Nullable;

/** What routing needs to know of a ticket: brand, language, whether it is a live chat, skills and tier, its team. */
public record TicketFacts(long brand, @Nullable String language, boolean chat, Set<String> skills, Tier tier,
		@Nullable Long team) {

	public TicketFacts {
		skills = Set.copyOf(skills);
	}
}
