package de.amtsportal.audit;

import org.jspecify.annotations.Nullable;

/** The result of re-computing the hash chain: intact, or the first entry where it breaks. */
public record ChainVerification(long entriesChecked, @Nullable Long firstBrokenSeq) {

	public boolean intact() {
		return firstBrokenSeq == null;
	}
}
