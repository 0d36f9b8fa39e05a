package dev.meridian.sla.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param alertInterval how often the scheduler looks for targets that reached their warning share or due time;
 * warnings and breaches are raised at most this late
 * @param alertBatch timers handled per transaction-sized batch of a pass
 */
@ConfigurationProperties("meridian.sla")
public record SlaSettings(@DefaultValue("15s") Duration alertInterval, @DefaultValue("200") int alertBatch) {
}
