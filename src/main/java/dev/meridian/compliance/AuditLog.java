package dev.meridian.compliance;

import java.time.Clock;
import java.util.List;

import dev.meridian.compliance.internal.AuditRecord;
import dev.meridian.compliance.internal.AuditRecordRepository;
import dev.meridian.identity.AgentPrincipal;
import dev.meridian.shared.AuditActor;
import dev.meridian.shared.AuditableChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Records every {@link AuditableChange}. It listens synchronously, inside the publisher's transaction, so an
 * entry is committed exactly when its change is and never without it.
 */
@Service
public class AuditLog {

	private final AuditRecordRepository records;
	private final ObjectMapper json;
	private final Clock clock;

	AuditLog(AuditRecordRepository records, ObjectMapper json, Clock clock) {
		this.records = records;
		this.json = json;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void record(AuditableChange change) {
		AgentPrincipal person = AgentPrincipal.current();
		String rule = AuditActor.current();
		String actor = rule != null ? rule : person == null ? "system" : person.email();
		records.save(new AuditRecord(clock.instant(), actor, change.entityType(),
				change.entityId(), change.action(), json.writeValueAsString(new java.util.TreeMap<>(change.changes()))));
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> of(String entityType, String entityId) {
		return records.findByEntityTypeAndEntityIdOrderByIdAsc(entityType, entityId).stream()
			.map(r -> r.entry(json))
			.toList();
	}
}
