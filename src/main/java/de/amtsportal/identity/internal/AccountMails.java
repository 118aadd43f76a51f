package de.amtsportal.identity.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.amtsportal.mail.MailMessage;
import de.amtsportal.mail.Mails;

/** The mails identity sends, in the recipient's language. They carry links, never passwords or personal details. */
@Component
class AccountMails {

	private final Mails mails;
	private final MessageSource messages;
	private final IdentityProperties properties;

	AccountMails(Mails mails, MessageSource messages, IdentityProperties properties) {
		this.mails = mails;
		this.messages = messages;
		this.properties = properties;
	}

	void confirmEmail(Account account, String token) {
		send(account, "verify", properties.link("/konto/bestaetigen?token=" + token));
	}

	/** Sent instead of a second registration, so the form does not reveal that the address has an account. */
	void alreadyRegistered(Account account) {
		send(account, "already-registered", properties.link("/konto/passwort-vergessen"));
	}

	void resetPassword(Account account, String token) {
		send(account, "reset", properties.link("/konto/passwort-neu?token=" + token));
	}

	void passwordChanged(Account account) {
		send(account, "password-changed", properties.link("/konto/passwort-vergessen"));
	}

	void invitation(Account account, String token) {
		send(account, "invitation", properties.link("/konto/einladung?token=" + token));
	}

	private void send(Account account, String kind, String link) {
		Locale locale = account.locale();
		String subject = messages.getMessage("identity.mail." + kind + ".subject", new Object[] { properties.authorityName() },
				locale);
		String body = messages.getMessage("identity.mail." + kind + ".body",
				new Object[] { account.displayName(), properties.authorityName(), link }, locale);
		mails.send(new MailMessage(account.email(), subject, body));
	}
}
