package de.amtsportal.mail.internal;

import java.time.Clock;

import org.springframework.stereotype.Component;

import de.amtsportal.mail.MailMessage;

@Component
public class Outbox {

	private final OutgoingMails mails;
	private final Clock clock;

	Outbox(OutgoingMails mails, Clock clock) {
		this.mails = mails;
		this.clock = clock;
	}

	public void queue(MailMessage message) {
		mails.save(new OutgoingMail(message, clock.instant()));
	}

	public void forget(String recipient) {
		mails.deleteByRecipientIgnoreCase(recipient);
	}
}
