package de.amtsportal.forms.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.amtsportal.access.Role;
import de.amtsportal.forms.FormReviewStepTaken;
import de.amtsportal.identity.AccountId;
import de.amtsportal.identity.Directory;
import de.amtsportal.identity.Directory.Person;
import de.amtsportal.mail.MailMessage;
import de.amtsportal.mail.Mails;

/**
 * Tells the other party of each review step by mail: reviewers of the responsible unit when a version is
 * sent to review; its authors when changes are requested, it is approved or published. The mail carries a
 * link, not the content.
 */
@Component
class ReviewNotifications {

	private final FormRepository forms;
	private final FormVersions versions;
	private final Directory directory;
	private final Mails mails;
	private final MessageSource messages;
	private final String baseUrl;

	ReviewNotifications(FormRepository forms, FormVersions versions, Directory directory, Mails mails,
			MessageSource messages, @Value("${amtsportal.base-url}") String baseUrl) {
		this.forms = forms;
		this.versions = versions;
		this.directory = directory;
		this.mails = mails;
		this.messages = messages;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@ApplicationModuleListener
	void on(FormReviewStepTaken step) {
		Form form = forms.findById(step.formId()).orElseThrow();
		FormVersion version = versions.findById(step.versionId()).orElseThrow();
		Set<Person> recipients = new LinkedHashSet<>();
		switch (step.status()) {
			case IN_REVIEW -> recipients.addAll(directory.holders(Role.REVIEWER, form.responsibleUnitId()));
			case CHANGES_REQUESTED, APPROVED, PUBLISHED -> {
				directory.person(AccountId.of(version.createdBy())).ifPresent(recipients::add);
				directory.person(AccountId.of(version.lastEditedBy())).ifPresent(recipients::add);
			}
			default -> {
			}
		}
		recipients.removeIf(person -> person.id().toString().equals(step.actor()));
		String link = baseUrl + "/amt/formulare/" + form.id() + "/versionen/" + version.id();
		for (Person person : recipients) {
			String title = "en".equals(person.locale().getLanguage()) && form.titleEn() != null ? form.titleEn() : form.titleDe();
			Object[] args = { person.displayName(), title, version.number(), link };
			String key = "forms.mail." + step.status().name();
			mails.send(new MailMessage(person.email(), messages.getMessage(key + ".subject", args, person.locale()),
					messages.getMessage(key + ".body", args, person.locale())));
		}
	}
}
