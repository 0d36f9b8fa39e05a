package dev.meridian.automation.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxRunsPerTicket how often one event trigger may act on one ticket in all: the last guard against loops
 * that pass through the outside world (an auto-reply answering an auto-responder)
 * @param timeRuleInterval how often time triggers are checked (one node at a time, on db-scheduler)
 * @param timeRuleBatch at most this many tickets are looked at per time trigger and pass
 */
@ConfigurationProperties("meridian.automation")
public record AutomationSettings(@DefaultValue("10") int maxRunsPerTicket,
		@DefaultValue("5m") Duration timeRuleInterval, @DefaultValue("2000") int timeRuleBatch) {
}
