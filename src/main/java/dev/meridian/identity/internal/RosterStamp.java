package dev.meridian.identity.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** What the agents table looks like at a glance: it differs after any agent was added, removed or changed. */
public record RosterStamp(long agents, long versions, @Nullable Instant lastUpdate) {
}
