package de.amtsportal.identity.internal;

import java.io.Serial;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The first factor (password, or an identity provider) was right, the second factor is still due. Grants only
 * {@link #FACTOR_PASSWORD}, which opens nothing but the pages to enter (or enrol) the second factor.
 */
public final class SecondFactorPending extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 2L;

	public static final String FACTOR_PASSWORD = "FACTOR_PASSWORD";

	private final AccountPrincipal principal;
	private final @Nullable String identityProvider;

	/**
	 * @param identityProvider the client registration the person came through, {@code null} after a password:
	 * kept so that signing out later also ends the session at that provider
	 */
	SecondFactorPending(AccountPrincipal principal, @Nullable String identityProvider) {
		super(List.of(new SimpleGrantedAuthority(FACTOR_PASSWORD)));
		this.principal = principal;
		this.identityProvider = identityProvider;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public AccountPrincipal getPrincipal() {
		return principal;
	}

	@Nullable String identityProvider() {
		return identityProvider;
	}

	/** How the first factor was done, for the audit trail: {@code password} or {@code oidc}. */
	public String firstFactor() {
		return identityProvider == null ? "password" : "oidc";
	}
}
