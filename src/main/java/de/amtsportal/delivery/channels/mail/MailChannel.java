package de.amtsportal.delivery.channels.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.amtsportal.delivery.spi.DeliveryChannel;
import de.amtsportal.delivery.spi.Outcome;
import de.amtsportal.delivery.spi.Parcel;
import de.amtsportal.mail.MailMessage;
import de.amtsportal.mail.Mails;

/**
 * Sends the application to a functional mailbox of the authority (e.g. a unit's shared address): the receipt
 * PDF with every answer and the uploaded files attached. The mail joins the delivery's transaction through the
 * mail outbox, so it is queued exactly when the delivery is recorded as done; the outbox retries the SMTP
 * hand-off. Texts are German: the mailbox belongs to the authority.
 */
@Component
class MailChannel implements DeliveryChannel {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm");

	private final Mails mails;
	private final MessageSource messages;

	MailChannel(Mails mails, MessageSource messages) {
		this.mails = mails;
		this.messages = messages;
	}

	@Override
	public String type() {
		return "mail";
	}

	@Override
	public Optional<String> refusal(String target) {
		try {
			InternetAddress address = new InternetAddress(target.trim(), true);
			return address.getAddress().contains("@") && address.getPersonal() == null ? Optional.empty()
					: Optional.of("delivery.channel.error.mail");
		}
		catch (AddressException e) {
			return Optional.of("delivery.channel.error.mail");
		}
	}

	@Override
	public Outcome deliver(Parcel parcel) {
		if (parcel.totalFileBytes() > MailMessage.MAX_ATTACHMENT_BYTES) {
			return Outcome.refused("Files too large for mail (" + parcel.totalFileBytes() + " bytes, at most "
					+ MailMessage.MAX_ATTACHMENT_BYTES + ")");
		}
		List<MailMessage.Attachment> attachments = new ArrayList<>();
		Parcel.Application application = parcel.application();
		attachments.add(new MailMessage.Attachment("Eingangsbestaetigung-" + application.reference() + ".pdf", "application/pdf",
				parcel.receiptPdf()));
		for (Parcel.File file : parcel.files()) {
			attachments.add(new MailMessage.Attachment(file.fileName(), file.mediaType(), bytes(parcel, file)));
		}
		if (attachments.stream().mapToLong(a -> a.content().length).sum() > MailMessage.MAX_ATTACHMENT_BYTES) {
			return Outcome.refused("Receipt and files too large for mail (at most " + MailMessage.MAX_ATTACHMENT_BYTES + " bytes)");
		}
		Locale german = Locale.GERMAN;
		String files = parcel.files().isEmpty() ? messages.getMessage("delivery.mail.no-files", null, german)
				: parcel.files().stream().map(f -> "- " + f.fileName()).collect(Collectors.joining("\n"));
		Object[] args = { application.serviceName(), application.reference(),
				WHEN.format(application.submittedAt().atZone(BERLIN)), parcel.idempotencyKey() };
		String body = messages.getMessage("delivery.mail.body", args, german) + "\n\n"
				+ messages.getMessage("delivery.mail.files", null, german) + "\n" + files;
		mails.send(new MailMessage(parcel.destination().target().trim(), messages.getMessage("delivery.mail.subject", args, german),
				body, attachments));
		return Outcome.delivered();
	}

	private static byte[] bytes(Parcel parcel, Parcel.File file) {
		try (InputStream in = parcel.open(file)) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
