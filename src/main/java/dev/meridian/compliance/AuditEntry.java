package dev.meridian.compliance;

import java.time.Instant;
import java.util.Map;

public record AuditEntry(long id, Instant occurredAt, String actor, String entityType, String entityId, String action,
		Map<String, String> changes) {
}
