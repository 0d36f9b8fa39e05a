package dev.meridian.shared;

import java.util.Map;

/**
 * Published by a module's front door inside the writing transaction whenever it changes one of its
 * entities, so that the audit trail is written atomically with the change. {@code changes} maps a field
 * name to its new value (rendered as text).
 */
public record AuditableChange(String entityType, String entityId, String action, Map<String, String> changes) {

	public AuditableChange {
		changes = Map.copyOf(changes);
	}
}
