/**
 * Routing: who works which ticket. Agents' routing profiles (working hours in their own zone, chat capacity; their
 * languages, skills, tier and ticket capacity stay on the agent), presence, teams' routing settings (push or pull,
 * round-robin or least-loaded), routing on open and reopen with follow-the-sun hand-over, the SLA-ordered "next
 * ticket" pull queue and escalation tiers L1 → L3. Assigns only through {@code ticket}'s front door, so the
 * ticket's audit trail shows every assignment.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Routing",
		allowedDependencies = { "ticket", "identity", "sla", "shared" })
package dev.meridian.routing;

import org.jspecify.annotations.NullMarked;
