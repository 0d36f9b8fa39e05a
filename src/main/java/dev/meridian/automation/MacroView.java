package dev.meridian.automation;

import java.time.Instant;
import java.util.Map;

import dev.meridian.identity.AgentId;
import org.jspecify.annotations.Nullable;

/** A macro; {@code owner} is null for a shared macro. {@code variants} is sorted by language tag. */
public record MacroView(MacroId id, String name, @Nullable AgentId owner, Map<String, String> variants,
		MacroChanges changes, long usageCount, @Nullable Instant lastUsedAt, Instant createdAt, Instant updatedAt) {

	public boolean shared() {
		return owner == null;
	}
}
