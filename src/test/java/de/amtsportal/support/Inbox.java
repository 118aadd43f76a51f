package de.amtsportal.support;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Reads the mails the application really sent to the test's SMTP server (GreenMail), as the recipient would. */
public final class Inbox {

	private static final Duration WAIT = Duration.ofSeconds(15);
	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private final GreenMail greenMail;

	public Inbox(GreenMail greenMail) {
		this.greenMail = greenMail;
	}

	/** Waits for the first mail to this address (tests give every person their own address). */
	public Mail await(String recipient) {
		Instant deadline = Instant.now().plus(WAIT);
		while (Instant.now().isBefore(deadline)) {
			for (MimeMessage message : greenMail.getReceivedMessages()) {
				if (addressedTo(message, recipient)) {
					return Mail.of(message);
				}
			}
			greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
		}
		throw new AssertionError("No mail to " + recipient + " arrived within " + WAIT.toSeconds() + " s");
	}

	/** Waits for a mail to this address whose subject contains the text (several mails go to one person). */
	public Mail awaitSubject(String recipient, String subject) {
		Instant deadline = Instant.now().plus(WAIT);
		while (Instant.now().isBefore(deadline)) {
			for (MimeMessage message : greenMail.getReceivedMessages()) {
				if (addressedTo(message, recipient) && Mail.of(message).subject().contains(subject)) {
					return Mail.of(message);
				}
			}
			greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
		}
		throw new AssertionError("No mail to " + recipient + " about " + subject + " arrived within " + WAIT.toSeconds() + " s");
	}

	private static boolean addressedTo(MimeMessage message, String recipient) {
		try {
			Address[] to = message.getAllRecipients();
			return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A received mail, decoded. */
	public record Mail(String from, String subject, String body) {

		static Mail of(MimeMessage message) {
			try {
				return new Mail(message.getFrom()[0].toString(), message.getSubject(), String.valueOf(message.getContent()));
			}
			catch (MessagingException | IOException e) {
				throw new IllegalStateException(e);
			}
		}

		/** The one link in the mail whose address contains this path. */
		public String link(String path) {
			Matcher matcher = LINK.matcher(body);
			List<String> links = matcher.results().map(m -> m.group()).filter(l -> l.contains(path)).toList();
			if (links.size() != 1) {
				throw new AssertionError("Expected one link to " + path + " in the mail \"" + subject + "\":\n" + body);
			}
			return links.get(0);
		}
	}
}
