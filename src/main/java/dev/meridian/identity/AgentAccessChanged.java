package dev.meridian.identity;

/**
 * An agent's role, password or enabled flag changed: sessions signed in under the old ones must end.
 */
public record AgentAccessChanged(AgentId agent, String email) {
}
