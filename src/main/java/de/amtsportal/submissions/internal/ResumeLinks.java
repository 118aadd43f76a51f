package de.amtsportal.submissions.internal;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.catalog.Catalog;
import de.amtsportal.mail.MailMessage;
import de.amtsportal.mail.Mails;

/**
 * Anonymous applicants who want to go on later get a secret link by mail. Only the token's hash is stored; a
 * new link replaces the old one, and the link dies with the draft.
 */
@Service
public class ResumeLinks {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final Drafts drafts;
	private final Mails mails;
	private final MessageSource messages;
	private final ApplicantAccess access;
	private final String baseUrl;
	private final Catalog catalog;

	ResumeLinks(Drafts drafts, Mails mails, MessageSource messages, ApplicantAccess access,
			@Value("${amtsportal.base-url}") String baseUrl, Catalog catalog) {
		this.catalog = catalog;
		this.drafts = drafts;
		this.mails = mails;
		this.messages = messages;
		this.access = access;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@Transactional
	public void send(UUID draftId, String email, String serviceName) {
		Draft draft = drafts.findById(draftId).orElseThrow();
		String token = Secrets.randomToken();
		draft.resumableBy(email, Secrets.hash(token));
		Object[] args = { serviceName, baseUrl + "/antrag/fortsetzen/" + token,
				DATE.format(draft.expiresAt().atZone(Applications.BERLIN)) };
		String wording = catalog.kindOf(draft.serviceSlug()).wording();
		mails.send(new MailMessage(email, messages.getMessage("submissions.mail.resume.subject." + wording, args, draft.locale()),
				messages.getMessage("submissions.mail.resume.body." + wording, args, draft.locale())));
	}

	/** The draft behind a resume link, now also this browser session's; empty when unknown, expired or submitted. */
	@Transactional(readOnly = true)
	public Optional<Draft> resume(String token) {
		if (token.length() > 100) {
			return Optional.empty();
		}
		Optional<Draft> draft = drafts.findByResumeTokenHash(Secrets.hash(token)).filter(d -> !d.isSubmitted());
		draft.ifPresent(d -> access.grantDraft(d.id()));
		return draft;
	}
}
