/**
 * Quality inspection (质检): versioned scorecards, inspection rules that run on every solved conversation, the
 * automatic score with its evidence, and (later) human re-review (复检), disputes, calibration and QA reports. Reads
 * conversations through {@code ticket}'s front door, business time through {@code sla}'s and customers' ratings
 * through {@code survey}'s.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Quality",
		allowedDependencies = { "ticket", "identity", "sla", "survey", "shared" })
package dev.meridian.quality;

import org.jspecify.annotations.NullMarked;
