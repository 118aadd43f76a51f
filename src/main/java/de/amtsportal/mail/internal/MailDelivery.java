package de.amtsportal.mail.internal;

import java.time.Clock;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Delivers queued mail after the queuing transaction committed. A failure leaves the event publication
 * incomplete, so the registry redelivers it (on restart, and by the scheduled event redelivery).
 */
@Component
class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final OutgoingMails mails;
	private final OutgoingAttachments attachments;
	private final ObjectProvider<JavaMailSender> sender;
	private final Clock clock;
	private final String from;

	MailDelivery(OutgoingMails mails, OutgoingAttachments attachments, ObjectProvider<JavaMailSender> sender, Clock clock,
			@Value("${amtsportal.mail-from}") String from) {
		this.mails = mails;
		this.attachments = attachments;
		this.sender = sender;
		this.clock = clock;
		this.from = from;
	}

	@ApplicationModuleListener
	void on(MailQueued queued) {
		OutgoingMail mail = mails.findById(queued.mailId()).orElse(null);
		if (mail == null || mail.status() != OutgoingMail.Status.QUEUED) {
			return; // delivered before a redelivery, or deleted with its account
		}
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp == null) {
			mail.kept();
			mails.save(mail);
			return;
		}
		try {
			MimeMessage message = smtp.createMimeMessage();
			List<OutgoingAttachment> files = attachments.findByMailIdOrderByPosition(mail.id());
			MimeMessageHelper helper = new MimeMessageHelper(message, !files.isEmpty(), "UTF-8");
			helper.setFrom(from);
			helper.setTo(mail.recipient());
			helper.setSubject(mail.subject());
			helper.setText(mail.body(), false);
			for (OutgoingAttachment file : files) {
				helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.mediaType());
			}
			smtp.send(message);
			mail.sent(clock.instant());
			mails.save(mail);
		}
		catch (MailException | MessagingException e) {
			log.warn("Mail {} could not be delivered yet: {}", mail.id(), e.getMessage());
			throw new MailNotDelivered(e);
		}
	}

	static class MailNotDelivered extends RuntimeException {
		MailNotDelivered(Exception cause) {
			super(cause);
		}
	}
}
