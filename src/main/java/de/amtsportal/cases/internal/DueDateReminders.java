package de.amtsportal.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.audit.AuditTrail;
import de.amtsportal.identity.AccountId;
import de.amtsportal.identity.Directory;
import de.amtsportal.mail.MailMessage;
import de.amtsportal.mail.Mails;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * When the due date of an open case has passed, its assignee gets one mail (with the case's address, never the
 * applicant's data beyond the reference). A new due date is reminded of again. Runs on one instance at a time.
 */
@Component
public class DueDateReminders {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
	private static final int BATCH = 500;

	private final CaseRepository cases;
	private final Directory directory;
	private final Mails mails;
	private final MessageSource messages;
	private final Clock clock;
	private final String baseUrl;

	DueDateReminders(CaseRepository cases, Directory directory, Mails mails, MessageSource messages, Clock clock,
			@Value("${amtsportal.base-url}") String baseUrl) {
		this.cases = cases;
		this.directory = directory;
		this.mails = mails;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@Scheduled(fixedDelayString = "${amtsportal.cases.job-interval}", initialDelayString = "PT1M")
	@SchedulerLock(name = "case-due-reminders")
	@Transactional
	public void run() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), AuditTrail.TIME_ZONE);
		for (Case c : cases.overdueUnreminded(today, Limit.of(BATCH))) {
			directory.person(new AccountId(c.assignee())).ifPresent(person -> {
				Object[] args = { c.reference(), c.serviceName(), DATE.format(c.dueDate()), baseUrl + "/amt/vorgaenge/" + c.id() };
				mails.send(new MailMessage(person.email(),
						messages.getMessage("cases.mail.overdue.subject", args, person.locale()),
						messages.getMessage("cases.mail.overdue.body", args, person.locale())));
			});
			c.reminded();
		}
	}
}
