package de.amtsportal.mail.internal;

import java.time.Clock;

import org.springframework.stereotype.Component;

import de.amtsportal.backlog.Backlog;
import de.amtsportal.mail.MailMessage;

@Component
public class Outbox {

	private final OutgoingMails mails;
	private final OutgoingAttachments attachments;
	private final Backlog backlog;
	private final Clock clock;

	Outbox(OutgoingMails mails, OutgoingAttachments attachments, Backlog backlog, Clock clock) {
		this.mails = mails;
		this.backlog = backlog;
		this.attachments = attachments;
		this.clock = clock;
	}

	public void queue(MailMessage message) {
		OutgoingMail mail = mails.save(new OutgoingMail(message, clock.instant()));
		for (int i = 0; i < message.attachments().size(); i++) {
			attachments.save(new OutgoingAttachment(mail.id(), i, message.attachments().get(i)));
		}
		backlog.add(MailDelivery.KIND, mail.id());
	}

	public void forget(String recipient) {
		mails.deleteByRecipientIgnoreCase(recipient);
	}
}
