package de.amtsportal.mailbox.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import de.amtsportal.submissions.SubmissionReceived;

/**
 * Every submission gets its thread in the transaction that stores the submission (docs/adr/0021): one insert
 * there instead of an event publication, a listener transaction and two registry updates after the commit, and
 * the Postfach lists the application as soon as the confirmation shows. An event published again finds the one
 * thread.
 */
@Component
class ThreadPerSubmission {

	private final Threads threads;

	ThreadPerSubmission(Threads threads) {
		this.threads = threads;
	}

	@EventListener
	void on(SubmissionReceived received) {
		threads.openFor(received);
	}
}
