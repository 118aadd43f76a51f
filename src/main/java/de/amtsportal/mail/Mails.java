package de.amtsportal.mail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.mail.internal.Outbox;

/**
 * The module's API. {@link #send} joins the caller's transaction: the mail leaves only if the change that
 * caused it commits, and once committed it is delivered even if the process dies before the SMTP hand-off.
 */
@Service
public class Mails {

	private final Outbox outbox;

	Mails(Outbox outbox) {
		this.outbox = outbox;
	}

	@Transactional
	public void send(MailMessage message) {
		outbox.queue(message);
	}

	/** Removes every kept or queued mail to this address (its holder deleted their account). */
	@Transactional
	public void forget(String recipient) {
		outbox.forget(recipient);
	}
}
