package dev.meridian.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import dev.meridian.identity.AgentId;
import dev.meridian.identity.TeamId;
import dev.meridian.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * What a quality report covers: the days {@code from} to {@code to} (both included) in {@code zone}, optionally one
 * team's agents (and reviewers) or one agent. Conversations count by when they were solved, reviews by when they
 * were submitted.
 */
public record ReportRange(LocalDate from, LocalDate to, ZoneId zone, @Nullable TeamId team, @Nullable AgentId agent) {

	/** A year is the most one report reads: a longer range is a typing error, and would read a lot. */
	static final int MAX_DAYS = 366;

	public ReportRange {
		if (to.isBefore(from)) {
			throw DomainException.malformed("report.invalid_range", "from must not be after to");
		}
		if (from.plusDays(MAX_DAYS).isBefore(to)) {
			throw DomainException.ruleBroken("report.range_too_long", "a report covers at most " + MAX_DAYS + " days");
		}
	}

	public Instant start() {
		return from.atStartOfDay(zone).toInstant();
	}

	public Instant end() {
		return to.plusDays(1).atStartOfDay(zone).toInstant();
	}
}
