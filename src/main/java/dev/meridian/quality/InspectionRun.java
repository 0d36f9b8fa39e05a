package dev.meridian.quality;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of inspecting the conversations solved in {@code [from, to)}: how many were inspected, and, when the
 * run stopped at its limit, the solve time to start the next run from.
 */
public record InspectionRun(Instant from, Instant to, int inspected, @Nullable Instant resumeFrom) {
}
