package de.amtsportal.identity.internal;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import de.amtsportal.access.Role;
import de.amtsportal.identity.SignedInAccount;

/**
 * The signed-in account, for both password and OIDC sign-in. Its name is the account id, so audit entries
 * and logs never carry an e-mail address.
 */
public final class AccountPrincipal implements UserDetails, OidcUser, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	/** Granted once every required factor is done; pages for signed-in people ask for this. */
	public static final String SIGNED_IN = "SIGNED_IN";

	private final SignedInAccount account;
	private @Nullable String passwordHash;
	private final boolean requiresSecondFactor;
	private final boolean totpEnrolled;
	private final @Nullable OidcIdToken idToken;
	private final @Nullable OidcUserInfo userInfo;

	AccountPrincipal(Account account, @Nullable OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
		this.account = account.view();
		this.passwordHash = account.passwordHash();
		this.requiresSecondFactor = account.requiresSecondFactor();
		this.totpEnrolled = account.totpEnabled();
		this.idToken = idToken;
		this.userInfo = userInfo;
	}

	static AccountPrincipal of(Account account) {
		return new AccountPrincipal(account, null, null);
	}

	public SignedInAccount account() {
		return account;
	}

	public boolean requiresSecondFactor() {
		return requiresSecondFactor;
	}

	public boolean totpEnrolled() {
		return totpEnrolled;
	}

	public boolean signedInWithIdentityProvider() {
		return idToken != null;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(SIGNED_IN));
		for (Role role : account.roles()) {
			authorities.add(new SimpleGrantedAuthority(role.authority()));
			role.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p)));
		}
		return authorities;
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return account.id().toString();
	}

	@Override
	public String getName() {
		return account.id().toString();
	}

	@Override
	public Map<String, Object> getClaims() {
		return idToken == null ? Map.of() : idToken.getClaims();
	}

	@Override
	public @Nullable OidcUserInfo getUserInfo() {
		return userInfo;
	}

	@Override
	public @Nullable OidcIdToken getIdToken() {
		return idToken;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return getClaims();
	}

	@Override
	public void eraseCredentials() {
		// the hash is only needed while the password is checked; it must not live on in the session
		passwordHash = null;
	}
}
