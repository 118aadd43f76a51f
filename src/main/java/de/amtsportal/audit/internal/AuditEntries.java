package de.amtsportal.audit.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AuditEntries extends JpaRepository<AuditEntryRecord, Long>, JpaSpecificationExecutor<AuditEntryRecord> {
}
