package dev.meridian.routing;

import java.util.List;

import dev.meridian.sla.OpeningHours;
import org.jspecify.annotations.Nullable;

/** Changes to a routing profile; a null field is left as it is. */
public record RoutingProfileDraft(@Nullable List<String> languages, @Nullable List<String> skills,
		@Nullable Tier tier, @Nullable List<OpeningHours> workingHours, @Nullable Integer chatCapacity,
		@Nullable Integer ticketCapacity) {
}
