package de.amtsportal.cases.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseHistory extends JpaRepository<HistoryEntry, UUID> {

	List<HistoryEntry> findByCaseIdOrderByHappenedAt(UUID caseId);
}
