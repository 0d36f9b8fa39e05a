package dev.meridian.identity;

import java.time.Instant;

/**
 * An agent's status (online, away, offline) changed, by the agent, an admin, or because the account was disabled.
 * Published in the writing transaction.
 */
public record AgentStatusChanged(AgentId agent, AgentStatus from, AgentStatus to, Instant at) {
}
