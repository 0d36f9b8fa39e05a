package dev.meridian.quality;

import java.util.List;
import java.util.Map;

import dev.meridian.identity.AgentId;
import dev.meridian.ticket.TicketId;
import org.jspecify.annotations.Nullable;

/**
 * Several reviewers' scores of the same conversation and how far they disagree: the mean and the population
 * variance of the submitted scores, and per item the lowest and highest points given.
 */
public record Calibration(TicketId ticket, List<Entry> reviews, @Nullable Double mean, @Nullable Double variance,
		Map<String, Spread> items) {

	public record Entry(ReviewId review, AgentId reviewer, ReviewStatus status, @Nullable Integer score) {
	}

	public record Spread(int min, int max) {
	}
}
