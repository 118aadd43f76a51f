package de.amtsportal.backlog;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Works off the items of one kind. {@link #work} runs in the backlog's transaction, which also deletes the items
 * done; if it throws, that transaction is rolled back and the items are tried again one by one, so that one bad
 * item cannot hold up the others. An item added twice is worked off once; work must still be idempotent, because
 * an item whose transaction could not commit is worked off again.
 */
public interface BacklogWorker {

	/** The kind of item, as given to {@link Backlog#add}; at most 40 characters. */
	String kind();

	/**
	 * Does the work of these items (each still exists when this is called, and no other instance works on it).
	 * Returns the items that could not be done yet (an SMTP server that is down): they are kept and tried again
	 * later, with a growing pause; the others are done.
	 */
	Set<UUID> work(List<UUID> items);

	/** How many items one transaction works off at most. */
	default int batchSize() {
		return 100;
	}
}
