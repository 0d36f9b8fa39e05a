package dev.meridian.sla;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One measured target of a ticket. {@code state} is running, paused (pending or on hold), done or cancelled (the
 * ticket was merged away). {@code elapsed} is the business or calendar time counted so far, or at the end.
 * {@code outcome} is achieved or breached once done, or breached as soon as a running target passes its due time;
 * {@code margin} is how much time was left (positive) or by how much the target was missed (negative).
 */
public record SlaTimerView(SlaMetric metric, @Nullable SlaPolicyId policy, String policyName, int targetMinutes,
		boolean businessHours, @Nullable BusinessCalendarId calendar, String state, Instant startedAt,
		@Nullable Instant dueAt, @Nullable Instant warnAt, @Nullable Instant warnedAt, @Nullable Instant breachedAt,
		@Nullable Instant completedAt, @Nullable String outcome, Duration elapsed, Duration margin) {
}
