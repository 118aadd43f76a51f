package de.amtsportal.identity.internal;

import org.springframework.security.core.AuthenticationException;

/** Why a sign-in failed, as a message key the sign-in page shows in the user's language. */
public class SignInRejected extends AuthenticationException {

	public enum Reason {
		/** wrong e-mail address or password (never says which) */
		CREDENTIALS,
		/** too many failures for this account or from this address */
		THROTTLED,
		/** e-mail address not yet confirmed */
		UNCONFIRMED,
		/** deactivated by an administrator, or invitation not yet accepted */
		DISABLED
	}

	private final Reason reason;

	public SignInRejected(Reason reason) {
		super(reason.name());
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
