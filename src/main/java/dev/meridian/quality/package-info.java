/**
 * Quality inspection (质检): versioned scorecards, inspection rules that run on every solved conversation, the
 * automatic score with its evidence, and (later) human re-review (复检), disputes, calibration and QA reports. Reads
 * conversations through {@code ticket}'s front door and business time through {@code sla}'s.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Quality",
		allowedDependencies = { "ticket", "identity", "sla", "shared" })
package dev.meridian.quality;

import org.jspecify.annotations.NullMarked;
