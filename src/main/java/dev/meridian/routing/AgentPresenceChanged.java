package dev.meridian.routing;

import java.time.Instant;

import dev.meridian.identity.AgentId;

/** An agent went online, away or offline: from the shell header, the API, an admin, or a disabled account. */
public record AgentPresenceChanged(AgentId agentId, Presence presence, Instant at) {
}
