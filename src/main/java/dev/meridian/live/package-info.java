/**
 * The live workspace: a bus that carries small real-time events to every node (in-process on a single node,
 * PostgreSQL LISTEN/NOTIFY when several nodes share one database), the agents' server-sent event streams that
 * keep the inbox and the open ticket current, and who is viewing or typing on a ticket (collision detection).
 * Listens to {@code ticket}'s events; holds no state beyond the node's open streams.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Live",
		allowedDependencies = { "ticket", "identity", "routing", "shared" })
package dev.meridian.live;

import org.jspecify.annotations.NullMarked;
