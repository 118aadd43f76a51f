package de.amtsportal.cases.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseNotes extends JpaRepository<CaseNote, UUID> {

	List<CaseNote> findByCaseIdOrderByWrittenAt(UUID caseId);
}
