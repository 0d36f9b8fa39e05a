/**
 * The audit trail: who changed what and when, written in the same transaction as the change itself.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Compliance", allowedDependencies = { "identity", "shared" })
package dev.meridian.compliance;

import org.jspecify.annotations.NullMarked;
