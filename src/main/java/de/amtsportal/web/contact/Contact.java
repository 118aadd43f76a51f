package de.amtsportal.web.contact;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Permissions;
import de.amtsportal.access.Role;
import de.amtsportal.identity.CurrentUser;
import de.amtsportal.identity.Directory;
import de.amtsportal.identity.OrgUnitView;
import de.amtsportal.identity.SignedInAccount;
import de.amtsportal.mail.MailMessage;
import de.amtsportal.mail.Mails;

/**
 * The contact form instead of e-mail addresses on pages: messages are stored for the unit's staff and
 * forwarded to the unit's mailbox. Stored and forwarded in one transaction — never one without the other.
 */
@Service
public class Contact {

	private final ContactMessages messages;
	private final Directory directory;
	private final Mails mails;
	private final MessageSource texts;
	private final CurrentUser currentUser;
	private final Clock clock;

	Contact(ContactMessages messages, Directory directory, Mails mails, MessageSource texts, CurrentUser currentUser,
			Clock clock) {
		this.messages = messages;
		this.directory = directory;
		this.mails = mails;
		this.texts = texts;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	public record Enquiry(UUID orgUnitId, String name, String email, String subject, String message) {
	}

	/** Stores and forwards the enquiry; false if the unit does not exist. */
	@Transactional
	public boolean send(Enquiry enquiry, Locale locale) {
		OrgUnitView unit = directory.orgUnit(enquiry.orgUnitId()).orElse(null);
		if (unit == null) {
			return false;
		}
		ContactMessage message = messages.save(new ContactMessage(unit.id(), enquiry.name().strip(), enquiry.email().strip(),
				enquiry.subject().strip(), enquiry.message().strip(), locale.getLanguage(), clock.instant()));
		if (unit.contactEmail() != null) {
			String subject = texts.getMessage("contact.mail.subject", new Object[] { message.getSubject() }, Locale.GERMAN);
			String body = texts.getMessage("contact.mail.body", new Object[] { message.getSenderName(),
					message.getSenderEmail(), message.getSubject(), message.getMessage() }, Locale.GERMAN);
			mails.send(new MailMessage(unit.contactEmail(), subject, body));
		}
		return true;
	}

	/** Messages to the current user's units; administrators see all. */
	@PreAuthorize("hasAuthority('" + Permissions.CONTACT_READ + "')")
	@Transactional(readOnly = true)
	public Page<ContactMessage> inbox(Pageable pageable) {
		SignedInAccount me = currentUser.require();
		if (me.has(Role.ADMINISTRATOR)) {
			return messages.findAllByOrderByCreatedAtDesc(pageable);
		}
		return messages.findByOrgUnitIdInOrderByCreatedAtDesc(me.caseworkerUnits(), pageable);
	}

	public Map<UUID, String> unitNames() {
		return directory.orgUnits().stream().collect(Collectors.toMap(OrgUnitView::id, OrgUnitView::name));
	}

	public java.util.List<OrgUnitView> units() {
		return directory.orgUnits();
	}

}
