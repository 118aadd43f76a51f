package de.amtsportal.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import de.amtsportal.access.Role;
import de.amtsportal.identity.AccountId;
import de.amtsportal.identity.SignedInAccount;

/** A person's account: citizen, staff member or institution member, with its roles as memberships. */
@Entity
@Table(name = "account")
public class Account {

	/** Placeholder until JPA fills the entity: generating a random id here would cost a SecureRandom call per row read. */
	private static final UUID UNLOADED = new UUID(0, 0);

	public enum Status {
		/** registered, e-mail address not yet confirmed */
		PENDING_VERIFICATION,
		/** invited by an administrator, no password set yet */
		INVITED,
		ACTIVE,
		/** deactivated by an administrator */
		DISABLED
	}

	@Id
	private UUID id;
	private String email;
	private String givenName;
	private String familyName;
	private @Nullable String passwordHash;
	@Enumerated(EnumType.STRING)
	private Status status;
	private String locale;
	private @Nullable String totpSecret;
	private boolean totpEnabled;
	private int failedSignIns;
	private @Nullable Instant lockedUntil;
	private @Nullable String oidcIssuer;
	private @Nullable String oidcSubject;
	private Instant createdAt;
	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "account_id", nullable = false)
	private List<Membership> memberships = new ArrayList<>();

	protected Account() {
		this.id = UNLOADED;
		this.email = this.givenName = this.familyName = "";
		this.status = Status.PENDING_VERIFICATION;
		this.locale = "de";
		this.createdAt = Instant.EPOCH;
	}

	private Account(String email, String givenName, String familyName, Status status, Locale locale, Instant now) {
		this.id = UUID.randomUUID();
		this.email = normalise(email);
		this.givenName = givenName.strip();
		this.familyName = familyName.strip();
		this.status = status;
		this.locale = locale.getLanguage();
		this.createdAt = now;
	}

	/** A citizen who registered themselves; active once the e-mail address is confirmed. */
	public static Account registered(String email, String givenName, String familyName, String passwordHash,
			Locale locale, Instant now) {
		Account account = new Account(email, givenName, familyName, Status.PENDING_VERIFICATION, locale, now);
		account.passwordHash = passwordHash;
		account.memberships.add(Membership.global(Role.CITIZEN));
		return account;
	}

	/** A staff or institution member invited by an administrator; sets a password through the invitation. */
	public static Account invited(String email, String givenName, String familyName, Locale locale, Instant now) {
		return new Account(email, givenName, familyName, Status.INVITED, locale, now);
	}

	/** A person who signed in through an external identity provider. */
	public static Account fromIdentityProvider(String issuer, String subject, String email, String givenName,
			String familyName, Locale locale, Instant now) {
		Account account = new Account(email, givenName, familyName, Status.ACTIVE, locale, now);
		account.oidcIssuer = issuer;
		account.oidcSubject = subject;
		account.memberships.add(Membership.global(Role.CITIZEN));
		return account;
	}

	public static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/** Links an existing account to its identity at a provider that vouched for the e-mail address. */
	public void linkIdentityProvider(String issuer, String subject) {
		this.oidcIssuer = issuer;
		this.oidcSubject = subject;
	}

	public void confirmEmail() {
		if (status != Status.PENDING_VERIFICATION) {
			throw new IllegalStateException("Account " + id + " is " + status + ", not awaiting confirmation");
		}
		status = Status.ACTIVE;
	}

	public void acceptInvitation(String passwordHash) {
		if (status != Status.INVITED) {
			throw new IllegalStateException("Account " + id + " is " + status + ", not invited");
		}
		this.passwordHash = passwordHash;
		status = Status.ACTIVE;
	}

	public void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.failedSignIns = 0;
		this.lockedUntil = null;
	}

	public void disable() {
		status = Status.DISABLED;
	}

	public void enable() {
		if (status == Status.DISABLED) {
			status = passwordHash == null && oidcSubject == null ? Status.INVITED : Status.ACTIVE;
		}
	}

	/** Counts a failed sign-in and locks the account for {@code lock} once {@code max} failures in a row are reached. */
	public void signInFailed(int max, Duration lock, Instant now) {
		failedSignIns++;
		if (failedSignIns >= max) {
			lockedUntil = now.plus(lock);
			failedSignIns = 0;
		}
	}

	public void signedIn() {
		failedSignIns = 0;
		lockedUntil = null;
	}

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	public void enableTotp(String secret) {
		this.totpSecret = secret;
		this.totpEnabled = true;
	}

	public void disableTotp() {
		this.totpSecret = null;
		this.totpEnabled = false;
	}

	public void replaceMemberships(List<Membership> newMemberships) {
		memberships.removeIf(existing -> newMemberships.stream().noneMatch(existing::sameAs));
		for (Membership membership : newMemberships) {
			if (memberships.stream().noneMatch(membership::sameAs)) {
				memberships.add(membership);
			}
		}
	}

	public void rename(String givenName, String familyName) {
		this.givenName = givenName.strip();
		this.familyName = familyName.strip();
	}

	public void preferLocale(Locale locale) {
		this.locale = locale.getLanguage();
	}

	public Set<Role> roles() {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		memberships.forEach(m -> roles.add(m.role()));
		return roles;
	}

	/** Staff must sign in with a second factor. */
	public boolean requiresSecondFactor() {
		return roles().stream().anyMatch(Role::isStaff);
	}

	public SignedInAccount view() {
		return new SignedInAccount(new AccountId(id), email, givenName, familyName, roles(), unitsWith(Role.CASEWORKER),
				unitsWith(Role.REVIEWER),
				memberships.stream().filter(m -> m.organisationId() != null).map(Membership::organisationId)
					.collect(Collectors.toSet()),
				memberships.stream().flatMap(m -> m.targetGroups().stream()).collect(Collectors.toCollection(LinkedHashSet::new)));
	}

	private Set<UUID> unitsWith(Role role) {
		return memberships.stream().filter(m -> m.role() == role && m.orgUnitId() != null).map(Membership::orgUnitId)
			.collect(Collectors.toSet());
	}

	public UUID id() {
		return id;
	}

	public String email() {
		return email;
	}

	public String givenName() {
		return givenName;
	}

	public String familyName() {
		return familyName;
	}

	public String displayName() {
		return givenName + " " + familyName;
	}

	public @Nullable String passwordHash() {
		return passwordHash;
	}

	public Status status() {
		return status;
	}

	public Locale locale() {
		return Locale.forLanguageTag(locale);
	}

	public @Nullable String totpSecret() {
		return totpSecret;
	}

	public boolean totpEnabled() {
		return totpEnabled;
	}

	public @Nullable Instant lockedUntil() {
		return lockedUntil;
	}

	public @Nullable String oidcIssuer() {
		return oidcIssuer;
	}

	public @Nullable String oidcSubject() {
		return oidcSubject;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public List<Membership> memberships() {
		return List.copyOf(memberships);
	}
}
