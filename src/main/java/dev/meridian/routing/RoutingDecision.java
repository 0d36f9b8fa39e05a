package dev.meridian.routing;

import java.time.Instant;

import dev.meridian.identity.AgentId;
import dev.meridian.identity.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * Where routing sent a ticket. {@code shiftStartsAt} is set for a follow-the-sun hand-over: nobody qualified was on
 * shift, so the ticket went to the team whose qualified agents start first.
 */
public record RoutingDecision(Outcome outcome, @Nullable TeamId team, @Nullable AgentId agent,
		@Nullable Instant shiftStartsAt, String detail) {

	public enum Outcome {
		/** A push team's agent got the ticket. */
		ASSIGNED,
		/** The ticket waits in a team's queue: a pull team, or a push team whose agents are all busy or away. */
		QUEUED,
		/** Nobody qualified is on shift: queued for the team whose shift starts next. */
		FOLLOW_THE_SUN,
		/** No team with routing switched on serves this ticket's brand and language. */
		NO_TEAM,
		/** Nothing to do: the ticket is assigned already, solved or closed. */
		UNCHANGED;

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}
}
