package de.amtsportal.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import de.amtsportal.cases.CaseStatus;

/** One line of the inbox. */
public record InboxRow(UUID id, String reference, String serviceName, String applicantName, CaseStatus status,
		@Nullable String assigneeName, @Nullable LocalDate dueDate, Instant receivedAt) {

	public boolean overdue(LocalDate today) {
		return dueDate != null && dueDate.isBefore(today) && status.isOpen();
	}
}
