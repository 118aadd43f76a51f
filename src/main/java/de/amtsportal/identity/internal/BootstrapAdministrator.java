package de.amtsportal.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Role;
import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;

/**
 * A new installation has no administrator who could invite one. If {@code amtsportal.bootstrap-admin-email}
 * is set and no administrator exists, that address is invited as administrator on start-up.
 */
@Component
class BootstrapAdministrator {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

	private final String email;
	private final Accounts accounts;
	private final AccountTokenIssuer tokens;
	private final AccountMails mails;
	private final AuditTrail audit;
	private final Clock clock;

	BootstrapAdministrator(@Value("${amtsportal.bootstrap-admin-email:}") String email, Accounts accounts,
			AccountTokenIssuer tokens, AccountMails mails, AuditTrail audit, Clock clock) {
		this.email = email;
		this.accounts = accounts;
		this.tokens = tokens;
		this.mails = mails;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void inviteFirstAdministrator() {
		if (email.isBlank() || !accounts.findWithAnyRole(List.of(Role.ADMINISTRATOR), Pageable.ofSize(1)).isEmpty()
				|| accounts.existsByEmail(Account.normalise(email))) {
			return;
		}
		Account admin = Account.invited(email, "Erste", "Administration", Locale.GERMAN, clock.instant());
		admin.replaceMemberships(List.of(Membership.global(Role.ADMINISTRATOR)));
		accounts.save(admin);
		mails.invitation(admin, tokens.issue(admin.id(), AccountToken.Purpose.INVITATION, StaffAdministration.INVITATION_VALIDITY));
		audit.record(new AuditEvent("system", "account.invited", admin.id().toString(), Role.ADMINISTRATOR.name()));
		log.info("Invited the first administrator; the invitation mail is on its way");
	}
}
