package dev.meridian.quality.internal;

import java.time.Duration;
import java.time.Instant;

/** The time between two instants that counts: business time in a team's calendar, or plain calendar time. */
@FunctionalInterface
public interface BusinessTime {

	Duration between(Instant from, Instant to);

	BusinessTime CALENDAR = Duration::between;
}
