package dev.meridian.routing;

import java.time.ZoneId;
import java.util.List;

import dev.meridian.identity.AgentId;
import dev.meridian.sla.OpeningHours;

/**
 * What routing knows of an agent. Languages (BCP 47), skills, tier, ticket capacity, time zone and presence are the
 * agent's own fields in identity; working hours (in {@code timeZone}) and chat capacity are routing's.
 * {@code defaultHours} is true while the agent has no hours of their own and works the default week.
 */
public record RoutingProfile(AgentId agent, List<String> languages, List<String> skills, Tier tier, ZoneId timeZone,
		List<OpeningHours> workingHours, boolean defaultHours, int chatCapacity, int ticketCapacity,
		Presence presence) {
}
