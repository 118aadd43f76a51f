package de.amtsportal.identity.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;
import de.amtsportal.identity.AccountDeleted;
import de.amtsportal.identity.AccountId;
import de.amtsportal.identity.PersonalData;
import de.amtsportal.mail.Mails;

/** GDPR self-service: a copy of everything the portal holds about me (Art. 15, 20), and erasure (Art. 17). */
@Service
public class AccountSelfService {

	private final Accounts accounts;
	private final AccountTokens tokens;
	private final RecoveryCodes recoveryCodes;
	private final Organisations organisations;
	private final OrgUnits units;
	private final List<PersonalData> otherModules;
	private final Mails mails;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;

	AccountSelfService(Accounts accounts, AccountTokens tokens, RecoveryCodes recoveryCodes, Organisations organisations,
			OrgUnits units, List<PersonalData> otherModules, Mails mails, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.recoveryCodes = recoveryCodes;
		this.organisations = organisations;
		this.units = units;
		this.otherModules = otherModules;
		this.mails = mails;
		this.audit = audit;
		this.events = events;
	}

	/** Whether the account signs in with a password (accounts made by an identity provider have none). */
	@Transactional(readOnly = true)
	public boolean hasPassword(UUID accountId) {
		return accounts.findById(accountId).map(account -> account.passwordHash() != null).orElse(false);
	}

	/**
	 * Everything about the account, machine-readable; each module adds its own section. Not a read-only
	 * transaction: the export itself is audited, and a read-only one would silently drop that entry.
	 */
	@Transactional
	public Map<String, Object> export(UUID accountId) {
		Account account = accounts.findById(accountId).orElseThrow();
		Map<String, Object> data = new LinkedHashMap<>();
		Map<String, Object> own = new LinkedHashMap<>();
		own.put("id", account.id().toString());
		own.put("email", account.email());
		own.put("givenName", account.givenName());
		own.put("familyName", account.familyName());
		own.put("status", account.status().name());
		own.put("language", account.locale().getLanguage());
		own.put("createdAt", account.createdAt().toString());
		own.put("twoFactorEnabled", account.totpEnabled());
		own.put("identityProvider", account.oidcIssuer());
		own.put("roles", account.memberships().stream().map(m -> {
			Map<String, Object> role = new LinkedHashMap<>();
			role.put("role", m.role().name());
			if (m.orgUnitId() != null) {
				role.put("orgUnit", units.findById(m.orgUnitId()).map(OrgUnit::name).orElse(null));
			}
			if (m.organisationId() != null) {
				role.put("institution", organisations.findById(m.organisationId()).map(Organisation::name).orElse(null));
				role.put("targetGroups", m.targetGroups());
			}
			return role;
		}).toList());
		data.put("account", own);
		AccountId id = new AccountId(accountId);
		for (PersonalData module : otherModules) {
			data.put(module.section(), module.export(id));
		}
		audit.record(AuditEvent.of(accountId.toString(), "account.exported", accountId.toString()));
		return data;
	}

	/**
	 * Deletes the account and everything personal: memberships, links, codes, queued mail; other modules
	 * remove their data on {@link AccountDeleted}. The audit trail keeps only the account id.
	 */
	@Transactional
	public void delete(UUID accountId) {
		Account account = accounts.findById(accountId).orElseThrow();
		for (PersonalData module : otherModules) {
			module.erase(new AccountId(accountId));
		}
		mails.forget(account.email());
		tokens.deleteByAccountId(accountId);
		recoveryCodes.deleteByAccountId(accountId);
		accounts.delete(account);
		audit.record(AuditEvent.of(accountId.toString(), "account.deleted", accountId.toString()));
		events.publishEvent(new AccountDeleted(new AccountId(accountId)));
	}
}
