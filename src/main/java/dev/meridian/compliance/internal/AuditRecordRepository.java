package dev.meridian.compliance.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditRecordRepository extends JpaRepository<AuditRecord, Long> {

	List<AuditRecord> findByEntityTypeAndEntityIdOrderByIdAsc(String entityType, String entityId);
}
