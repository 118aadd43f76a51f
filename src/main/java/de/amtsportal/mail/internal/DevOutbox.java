package de.amtsportal.mail.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Permissions;

/**
 * Read access to every mail the portal sent or kept, so visitors of the demo can follow invitation and
 * confirmation links without a mail server. It exposes other people's mail, hence it exists only in the demo
 * run and never in production, whatever the permissions say.
 */
@Service
@Profile("demo & !prod")
@PreAuthorize("hasAuthority('" + Permissions.DEV_OUTBOX + "')")
public class DevOutbox {

	private final OutgoingMails mails;

	DevOutbox(OutgoingMails mails) {
		this.mails = mails;
	}

	/** Newest first. */
	@Transactional(readOnly = true)
	public Page<OutgoingMail> mails(Pageable pageable) {
		return mails.findAllByOrderByCreatedAtDesc(pageable);
	}

	@Transactional(readOnly = true)
	public Optional<OutgoingMail> mail(UUID id) {
		return mails.findById(id);
	}
}
