package de.amtsportal.intranet.internal;

import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.amtsportal.identity.Directory;
import de.amtsportal.mail.MailMessage;
import de.amtsportal.mail.Mails;

/** The reminder to confirm a circular, to each addressed member of an institution that has not confirmed yet. */
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
		String link = baseUrl + "/intranet/mitteilungen/" + item.id();
		directory.members(institution).stream()
			.filter(member -> visibility.addresses(item, institution, member))
			.forEach(member -> {
				Locale locale = member.person().locale();
				Object[] args = { item.title(), link };
				mails.send(new MailMessage(member.person().email(),
						messages.getMessage("intranet.mail.reminder.subject", args, locale),
						messages.getMessage("intranet.mail.reminder.body", args, locale)));
			});
	}
}
