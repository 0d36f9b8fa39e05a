package dev.meridian.quality;

import java.time.Instant;

public record InspectionRuleView(InspectionRuleId id, String name, String item, boolean enabled, RuleSpec spec,
		Instant createdAt, Instant updatedAt) {
}
