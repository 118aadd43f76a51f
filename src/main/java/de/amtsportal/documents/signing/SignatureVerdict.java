package de.amtsportal.documents.signing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@link SignatureCheck}: whether the document carries a valid seal of the authority, and if not,
 * why (DSS's indication and its messages, in English). {@code signer} and {@code signedAt} come from the
 * signature when there is one.
 */
public record SignatureVerdict(boolean valid, String reason, @Nullable String signer, @Nullable Instant signedAt) {

	static SignatureVerdict invalid(String reason) {
		return new SignatureVerdict(false, reason, null, null);
	}
}
