package de.amtsportal.identity.internal;

import java.io.Serial;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The password was right, the second factor is still due. Grants only {@link #FACTOR_PASSWORD}, which opens
 * nothing but the pages to enter (or enrol) the second factor.
 */
public final class SecondFactorPending extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	public static final String FACTOR_PASSWORD = "FACTOR_PASSWORD";

	private final AccountPrincipal principal;

	public SecondFactorPending(AccountPrincipal principal) {
		super(List.of(new SimpleGrantedAuthority(FACTOR_PASSWORD)));
		this.principal = principal;
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
}
