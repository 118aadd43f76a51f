package de.amtsportal.backlog;

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
	 * is woken when that transaction commits. Adding an item that is still waiting changes nothing.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void add(String kind, UUID item) {
		items.add(kind, item);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				lanes.wake(kind);
			}
		});
	}
}
