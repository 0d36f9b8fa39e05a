package dev.meridian.quality;

import org.jspecify.annotations.Nullable;

/**
 * A reviewer's score of one item: points from 0 to the item's points (all or none for yes/no), or for a red-line
 * item, whether it was {@code breached}; an optional note says why.
 */
public record ItemScore(String item, int points, boolean breached, @Nullable String note) {
}
