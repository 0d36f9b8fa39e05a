package dev.meridian.sla;

/**
 * A target of a policy: {@code minutes} of business time in the policy's calendar when {@code businessHours},
 * otherwise of elapsed (calendar) time.
 */
public record SlaTarget(int minutes, boolean businessHours) {
}
