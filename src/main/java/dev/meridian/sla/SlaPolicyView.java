package dev.meridian.sla;

import java.time.Instant;

import dev.meridian.ticket.TicketView;
import org.jspecify.annotations.Nullable;

/** A policy and its place in the ordered list: the first enabled policy whose conditions match applies. */
public record SlaPolicyView(SlaPolicyId id, String name, int position, boolean enabled, SlaConditions conditions,
		@Nullable BusinessCalendarId calendar, int warnPercent, @Nullable SlaTarget firstReply,
		@Nullable SlaTarget nextReply, @Nullable SlaTarget resolution, Instant createdAt, Instant updatedAt) {

	public boolean appliesTo(TicketView ticket) {
		return enabled && conditions.matches(ticket);
	}

	public @Nullable SlaTarget target(SlaMetric metric) {
		return switch (metric) {
			case FIRST_REPLY -> firstReply;
			case NEXT_REPLY -> nextReply;
			case RESOLUTION -> resolution;
		};
	}
}
