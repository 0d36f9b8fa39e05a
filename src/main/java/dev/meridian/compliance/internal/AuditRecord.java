package dev.meridian.compliance.internal;

import java.time.Instant;
import java.util.Map;

import dev.meridian.compliance.AuditEntry;
import jakarta.persistence.*;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

@Entity
@Table(name = "audit_log")
public class AuditRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String actor;

	private String entityType;

	private String entityId;

	private String action;

	private String changes;

	protected AuditRecord() {
	}

	public AuditRecord(Instant occurredAt, String actor, String entityType, String entityId, String action,
			String changes) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.entityType = entityType;
		this.entityId = entityId;
		this.action = action;
		this.changes = changes.length() > 20000 ? changes.substring(0, 20000) : changes;
	}

	public AuditEntry entry(ObjectMapper json) {
		Map<String, String> parsed;
		try {
			parsed = json.readValue(changes, new TypeReference<Map<String, String>>() {
			});
		}
		catch (RuntimeException e) {
			parsed = Map.of("raw", changes);
		}
		return new AuditEntry(id, occurredAt, actor, entityType, entityId, action, parsed);
	}
}
