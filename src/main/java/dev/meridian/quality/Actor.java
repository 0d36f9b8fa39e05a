package dev.meridian.quality;

import dev.meridian.identity.AgentId;
import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.Role;

/** Who asks: the review rules depend on it (an agent never scores their own conversation, only leads decide). */
public record Actor(AgentId id, Role role) {

	public static Actor of(AgentPrincipal principal) {
		return new Actor(principal.id(), principal.role());
	}

	/** Leads and admins see every review, assign reviews and decide disputes. */
	public boolean lead() {
		return role == Role.LEAD || role == Role.ADMIN;
	}
}
