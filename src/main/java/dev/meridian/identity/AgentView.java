package dev.meridian.identity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** A user of Meridian; {@code languages} are BCP 47 tags the agent can serve customers in. */
public record AgentView(AgentId id, String name, String email, Role role, List<TeamId> teams,
		List<String> languages, List<String> skills, int tier, ZoneId timeZone, Locale locale, int capacity,
		AgentStatus status, boolean enabled, Instant createdAt, Instant updatedAt) {
}
