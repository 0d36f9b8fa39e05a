/**
 * Service levels: business calendars (a team's time zone, weekly opening hours, holidays), SLA policies and the
 * timers that measure every ticket against the first matching policy. Pushes each ticket's next due time back to
 * {@code ticket}, and raises {@link dev.meridian.sla.SlaWarning} and {@link dev.meridian.sla.SlaBreached} from the
 * cluster-safe scheduler.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "SLA",
		allowedDependencies = { "ticket", "identity", "shared" })
package dev.meridian.sla;

import org.jspecify.annotations.NullMarked;
