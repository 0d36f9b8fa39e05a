package dev.meridian.automation.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxRunsPerTicket how often one event trigger may act on one ticket in all: the last guard against loops
 * that pass through the outside world (an auto-reply answering an auto-responder)
 * @param timeRuleInterval how often time triggers are checked (one node at a time, on db-scheduler)
 * @param timeRuleBatch at most this many tickets are looked at per time trigger and pass
 * @param webhookInterval how often due webhook deliveries are sent (one node at a time, on db-scheduler)
 * @param webhookBackoff the wait after a delivery's first failed attempt; it doubles with every further failure,
 * up to six hours
 * @param webhookMaxAttempts a delivery fails for good after this many attempts (it can still be sent again by hand)
 * @param webhookTimeout how long one attempt may take, connecting and answering
 */
@ConfigurationProperties("meridian.automation")
public record AutomationSettings(@DefaultValue("10") int maxRunsPerTicket,
		@DefaultValue("5m") Duration timeRuleInterval, @DefaultValue("2000") int timeRuleBatch,
		@DefaultValue("10s") Duration webhookInterval, @DefaultValue("30s") Duration webhookBackoff,
		@DefaultValue("8") int webhookMaxAttempts, @DefaultValue("10s") Duration webhookTimeout) {

	private static final Duration LONGEST_WAIT = Duration.ofHours(6);

	/** The wait before the next attempt after {@code attempts} failed ones, or null when there is none. */
	public @org.jspecify.annotations.Nullable Duration retryAfter(int attempts) {
		if (attempts >= webhookMaxAttempts) {
			return null;
		}
		Duration wait = webhookBackoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
	}
}
