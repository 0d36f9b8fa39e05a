/**
 * Who works in Meridian and for whom: brands, teams, agents (every user is an agent with a role), login,
 * API tokens and what each role may do.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package dev.meridian.identity;

import org.jspecify.annotations.NullMarked;
