package de.amtsportal.mailbox.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.amtsportal.submissions.SubmissionReceived;
import de.amtsportal.submissions.Submissions;

/** Every submission gets its thread once; the event registry may deliver the event again after a crash. */
@Component
class ThreadPerSubmission {

	private final Threads threads;
	private final Submissions submissions;

	ThreadPerSubmission(Threads threads, Submissions submissions) {
		this.threads = threads;
		this.submissions = submissions;
	}

	@ApplicationModuleListener
	void on(SubmissionReceived received) {
		submissions.find(received.submissionId()).ifPresent(threads::open);
	}
}
