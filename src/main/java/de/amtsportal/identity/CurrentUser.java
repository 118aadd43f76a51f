package de.amtsportal.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import de.amtsportal.identity.internal.AccountPrincipal;

/** Who is signed in (fully: after the second factor where one is required). */
@Component
public class CurrentUser {

	public Optional<SignedInAccount> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication.getAuthorities().stream().noneMatch(a -> AccountPrincipal.SIGNED_IN.equals(a.getAuthority()))) {
			return Optional.empty();
		}
		return authentication.getPrincipal() instanceof AccountPrincipal principal ? Optional.of(principal.account())
				: Optional.empty();
	}

	public SignedInAccount require() {
		return get().orElseThrow(() -> new IllegalStateException("No account is signed in"));
	}
}
