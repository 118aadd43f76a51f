package de.amtsportal.backlog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import de.amtsportal.backlog.internal.BacklogItems;
import de.amtsportal.backlog.internal.BacklogLanes;

/** Where modules leave work that is done after their commit, in batches (see the package documentation). */
@Service
public class Backlog {

	private final BacklogItems items;
	private final BacklogLanes lanes;

	Backlog(BacklogItems items, BacklogLanes lanes) {
		this.items = items;
		this.lanes = lanes;
	}

	/**
	 * Adds the item in the caller's transaction, so it exists exactly when what made it necessary does; its worker
	 * is woken when that transaction commits. Adding an item that is still waiting changes nothing. The items of a
	 * transaction are written together just before it commits: one round trip, however many modules add theirs.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void add(String kind, UUID item) {
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		pending.add(new BacklogItems.Item(kind, item));
	}

	/** The items one transaction added. */
	private final class Pending implements TransactionSynchronization {

		private final Set<BacklogItems.Item> items = new LinkedHashSet<>();
		/** set once the batch is written: an item added later in the commit (a flush) is written at once */
		private boolean written;

		void add(BacklogItems.Item item) {
			if (items.add(item) && written) {
				Backlog.this.items.add(List.of(item));
			}
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			Backlog.this.items.add(items);
			written = true;
		}

		@Override
		public void afterCommit() {
			items.stream().map(BacklogItems.Item::kind).distinct().forEach(lanes::wake);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(Backlog.this);
		}
	}
}
