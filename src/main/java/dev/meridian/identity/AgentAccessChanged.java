package dev.meridian.identity;

/** An agent's role changed or the account was disabled: what they may do is no longer what it was. */
public record AgentAccessChanged(AgentId agent, String email) {
}
