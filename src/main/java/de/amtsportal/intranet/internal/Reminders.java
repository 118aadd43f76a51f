package de.amtsportal.intranet.internal;

import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.amtsportal.identity.Directory;
import de.amtsportal.mail.MailMessage;
import de.amtsportal.mail.Mails;

/**
 * The reminder to confirm a circular: to each addressed member of an institution that has not confirmed yet, or to
 * a person who has not confirmed a circular asked of each person.
 */
@Component
class Reminders {

	private final Directory directory;
	private final Visibility visibility;
	private final Mails mails;
	private final MessageSource messages;
	private final String baseUrl;

	Reminders(Directory directory, Visibility visibility, Mails mails, MessageSource messages,
			@Value("${amtsportal.base-url}") String baseUrl) {
		this.directory = directory;
		this.visibility = visibility;
		this.mails = mails;
		this.messages = messages;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	void remind(Item item, UUID institution) {
		directory.members(institution).stream()
			.filter(member -> visibility.addresses(item, institution, member))
			.forEach(member -> send(item, member.person(), "intranet.mail.reminder.subject", "intranet.mail.reminder.body"));
	}

	/**
	 * The reminder to a person asked to confirm a circular for themself. Like the notifications (ADR 0023) it says
	 * only that a circular waits for their confirmation, with a link: the title stays behind the sign-in.
	 */
	void remind(Item item, Directory.Person person) {
		send(item, person, "intranet.mail.reminder.person.subject", "intranet.mail.reminder.person.body");
	}

	private void send(Item item, Directory.Person person, String subjectKey, String bodyKey) {
		Locale locale = person.locale();
		Object[] args = { item.title(), baseUrl + "/intranet/mitteilungen/" + item.id() };
		mails.send(new MailMessage(person.email(), messages.getMessage(subjectKey, args, locale),
				messages.getMessage(bodyKey, args, locale)));
	}
}
