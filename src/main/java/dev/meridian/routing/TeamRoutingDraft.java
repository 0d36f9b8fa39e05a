package dev.meridian.routing;

import java.util.List;

import dev.meridian.identity.BrandId;
import org.jspecify.annotations.Nullable;

/** Changes to a team's routing settings; a null field is left as it is. */
public record TeamRoutingDraft(@Nullable Boolean enabled, @Nullable AssignmentMode mode,
		@Nullable AssignmentStrategy strategy, @Nullable List<BrandId> brands, @Nullable List<String> languages,
		@Nullable Integer chatWeight, @Nullable Boolean rerouteTicketsOnOffline) {
}
