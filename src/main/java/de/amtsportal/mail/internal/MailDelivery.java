package de.amtsportal.mail.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
import org.springframework.stereotype.Component;

import de.amtsportal.backlog.BacklogWorker;

/**
 * Delivers queued mail after the queuing transaction committed, in batches from the backlog (ADR 0029). A mail
 * the SMTP server does not take stays queued and is tried again later; the others of its batch are sent once.
 */
@Component
class MailDelivery implements BacklogWorker {

	static final String KIND = "mail";

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

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public int batchSize() {
		return 50;
	}

	@Override
	public Set<UUID> work(List<UUID> items) {
		Set<UUID> notYet = new HashSet<>();
		JavaMailSender smtp = sender.getIfAvailable();
		// a mail already delivered (a repeated item) or deleted with its account is not in the list
		List<OutgoingMail> queued = mails.findAllById(items).stream().filter(m -> m.status() == OutgoingMail.Status.QUEUED).toList();
		for (OutgoingMail mail : queued) {
			if (smtp == null) {
				mail.kept();
			}
			else if (!deliver(smtp, mail)) {
				notYet.add(mail.id());
			}
		}
		return notYet; // the mails are managed: their new state is written with the batch's transaction
	}

	private boolean deliver(JavaMailSender smtp, OutgoingMail mail) {
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
			return true;
		}
		catch (MailException | MessagingException e) {
			log.warn("Mail {} could not be delivered yet: {}", mail.id(), e.getMessage());
			mail.failed(e.getMessage() == null ? e.toString() : e.getMessage());
			return false;
		}
	}
}
