package de.amtsportal.mail.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutgoingAttachments extends JpaRepository<OutgoingAttachment, UUID> {

	List<OutgoingAttachment> findByMailIdOrderByPosition(UUID mailId);
}
