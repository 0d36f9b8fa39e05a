package dev.meridian.sla;

import java.util.Set;

import dev.meridian.identity.BrandId;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.Priority;

/**
 * When a policy applies: every non-empty set must match, and within a set any one value does. {@code marketplaces}
 * ({@code amazon}, {@code ebay}) match a marketplace-channel ticket tagged with the marketplace, as the channels
 * tag buyer messages; {@code ticketTags} match any one of the ticket's tags ({@code presale}). Empty sets match
 * every ticket.
 */
public record SlaConditions(Set<BrandId> brands, Set<Channel> channels, Set<String> marketplaces,
		Set<Priority> priorities, Set<String> ticketTags) {

	public SlaConditions {
		brands = Set.copyOf(brands);
		channels = Set.copyOf(channels);
		marketplaces = Set.copyOf(marketplaces);
		priorities = Set.copyOf(priorities);
		ticketTags = Set.copyOf(ticketTags);
	}

	public static SlaConditions any() {
		return new SlaConditions(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
	}
}
