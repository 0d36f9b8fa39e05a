package dev.meridian.automation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

public record TriggerView(TriggerId id, String name, boolean enabled, int position, boolean timeBased,
		Set<TriggerEvent> events, boolean matchAll, List<TriggerCondition> conditions, List<TriggerAction> actions,
		long fireCount, @Nullable Instant lastFiredAt, Instant createdAt, Instant updatedAt) {
}
