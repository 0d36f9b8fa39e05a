package dev.meridian.shared;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a table of versioned rows looks like at a glance: it differs after any row was added, removed or changed,
 * as long as every change raises the row's version. One aggregate query reads it, so a module can keep a small
 * table in memory and read the rows again only when the stamp moved, on whichever node the change was made.
 */
public record TableStamp(long rows, long versions, @Nullable Instant lastUpdate) {
}
