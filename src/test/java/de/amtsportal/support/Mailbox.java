package de.amtsportal.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The mail that reached the SMTP server (GreenMail) for one address; delivery runs after commit, so it waits. */
public class Mailbox {

	private final GreenMail mail;

	public Mailbox(ApplicationContext context) {
		this.mail = context.getBean(GreenMail.class);
	}

	/** Waits until the address has received {@code count} mails and returns them, oldest first. */
	public List<MimeMessage> received(String address, int count) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (mail.getReceivedMessagesForDomain(address).length < count && Instant.now().isBefore(deadline)) {
			Thread.sleep(20);
		}
		List<MimeMessage> messages = List.of(mail.getReceivedMessagesForDomain(address));
		assertThat(messages).as("mails to %s", address).hasSize(count);
		return messages;
	}

	/** The secret token in the link of the newest of {@code count} mails to the address. */
	public String token(String address, int count) throws InterruptedException {
		List<MimeMessage> messages = received(address, count);
		return token(messages.get(messages.size() - 1));
	}

	public static String token(MimeMessage message) {
		String body = GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
		Matcher matcher = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(body);
		assertThat(matcher.find()).as("mail contains a link with a token: %s", body).isTrue();
		return matcher.group(1);
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
