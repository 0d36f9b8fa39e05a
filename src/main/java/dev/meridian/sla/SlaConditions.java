package dev.meridian.sla;

import java.util.Set;

import dev.meridian.identity.BrandId;
import dev.meridian.ticket.Channel;
import dev.meridian.ticket.Priority;
import dev.meridian.ticket.TicketView;

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

	public boolean matches(TicketView ticket) {
		return (brands.isEmpty() || brands.contains(ticket.brand()))
				&& (channels.isEmpty() || channels.contains(ticket.channel()))
				&& (marketplaces.isEmpty()
						|| ticket.channel() == Channel.MARKETPLACE && ticket.tags().stream().anyMatch(marketplaces::contains))
				&& (priorities.isEmpty() || priorities.contains(ticket.priority()))
				&& (ticketTags.isEmpty() || ticket.tags().stream().anyMatch(ticketTags::contains));
	}
}
