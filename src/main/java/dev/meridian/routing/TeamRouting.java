package dev.meridian.routing;

import java.util.List;

import dev.meridian.identity.BrandId;
import dev.meridian.identity.TeamId;

/**
 * A team's routing settings. A team takes part in routing only when {@code enabled}; it serves tickets of
 * {@code brands} in {@code languages} (an empty list serves all). {@code chatWeight} is how many tickets one live
 * chat counts for when the least-loaded strategy compares agents.
 */
public record TeamRouting(TeamId team, boolean enabled, AssignmentMode mode, AssignmentStrategy strategy,
		List<BrandId> brands, List<String> languages, int chatWeight, boolean rerouteTicketsOnOffline) {
}
