package dev.meridian.quality;

import java.time.LocalDate;

/**
 * The outcome of running a plan over one week (Monday to Sunday, UTC): conversations newly sampled and assigned, and
 * those left unassigned because the plan had no reviewer other than the agent themselves.
 */
public record SamplingRun(SamplingPlanId plan, LocalDate week, int assigned, int unassigned) {
}
