package de.amtsportal.audit.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AuditEntries extends JpaRepository<AuditEntryRecord, Long>, JpaSpecificationExecutor<AuditEntryRecord> {

	/** Served by the index on (action, occurred_at). */
	@Query("select distinct e.action from AuditEntryRecord e order by e.action")
	List<String> findDistinctActions();
}
