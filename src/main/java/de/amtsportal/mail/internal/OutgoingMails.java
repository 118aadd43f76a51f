package de.amtsportal.mail.internal;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutgoingMails extends JpaRepository<OutgoingMail, UUID> {

	Page<OutgoingMail> findAllByOrderByCreatedAtDesc(Pageable pageable);

	void deleteByRecipientIgnoreCase(String recipient);
}
