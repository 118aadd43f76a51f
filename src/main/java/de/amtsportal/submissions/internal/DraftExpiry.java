package de.amtsportal.submissions.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.catalog.Catalog;
import de.amtsportal.identity.AccountId;
import de.amtsportal.identity.Directory;
import de.amtsportal.mail.MailMessage;
import de.amtsportal.mail.Mails;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Unfinished applications are kept for {@code amtsportal.submissions.draft-retention} after their last change.
 * A while before, their owner gets one reminder (anonymous applicants only if they asked for a resume link;
 * the reminder carries a new link, the old one stops working); then the draft and its files are deleted.
 * Runs on one instance at a time.
 */
@Component
class DraftExpiry {

	private static final Logger log = LoggerFactory.getLogger(DraftExpiry.class);
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final Drafts drafts;
	private final Applications applications;
	private final Catalog catalog;
	private final Directory directory;
	private final Mails mails;
	private final MessageSource messages;
	private final SubmissionProperties properties;
	private final java.time.Clock clock;
	private final String baseUrl;

	DraftExpiry(Drafts drafts, Applications applications, Catalog catalog, Directory directory, Mails mails,
			MessageSource messages, SubmissionProperties properties, java.time.Clock clock,
			@Value("${amtsportal.base-url}") String baseUrl) {
		this.drafts = drafts;
		this.applications = applications;
		this.catalog = catalog;
		this.directory = directory;
		this.mails = mails;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
	@SchedulerLock(name = "submission-draft-expiry")
	@Transactional
	void run() {
		remind();
		delete();
	}

	void remind() {
		Instant now = clock.instant();
		for (Draft draft : drafts.toRemind(now.plus(properties.draftReminderBefore()))) {
			String recipient = recipient(draft);
			if (recipient != null) {
				String link;
				if (draft.ownerAccount() != null) {
					link = baseUrl + "/antrag/" + draft.serviceSlug() + "/" + draft.id() + "/pruefen";
				}
				else {
					String token = Secrets.randomToken();
					draft.resumableBy(recipient, Secrets.hash(token));
					link = baseUrl + "/antrag/fortsetzen/" + token;
				}
				Locale locale = draft.locale();
				String service = catalog.find(draft.serviceSlug()).map(s -> s.name(locale)).orElse(draft.serviceSlug());
				Object[] args = { service, link, DATE.format(draft.expiresAt().atZone(Applications.BERLIN)) };
				String wording = catalog.kindOf(draft.serviceSlug()).wording();
				mails.send(new MailMessage(recipient, messages.getMessage("submissions.mail.reminder.subject." + wording, args, locale),
						messages.getMessage("submissions.mail.reminder.body." + wording, args, locale)));
			}
			draft.reminded(now);
		}
	}

	void delete() {
		Instant now = clock.instant();
		List<Draft> expired = drafts.expired(now);
		expired.forEach(draft -> applications.expire(draft.id()));
		// a submitted draft only remembers its submission, so a late replay finds it; after the retention it goes
		drafts.submittedBefore(now.minus(properties.draftRetention())).forEach(drafts::deleteById);
		if (!expired.isEmpty()) {
			log.info("Deleted {} unfinished applications after {}", expired.size(), properties.draftRetention());
		}
	}

	private @Nullable String recipient(Draft draft) {
		if (draft.ownerAccount() != null) {
			return directory.person(new AccountId(draft.ownerAccount())).map(p -> p.email()).orElse(null);
		}
		return draft.resumeEmail();
	}
}
