package de.amtsportal.submissions.internal;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import de.amtsportal.identity.CurrentUser;
import de.amtsportal.identity.SignedInAccount;

/**
 * Who may see a draft or a submission: the account that owns it (for an institution's application, every
 * member of that institution), or — for anonymous applicants — the browser session that started it or
 * opened its secret link. Checked on every request that carries an id.
 */
@Component
public class ApplicantAccess {

	private static final String DRAFTS = "submissions.drafts";
	private static final String SUBMISSIONS = "submissions.granted";
	private static final int MAX_GRANTS = 50;

	private final CurrentUser currentUser;

	ApplicantAccess(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	public Optional<SignedInAccount> account() {
		return currentUser.get();
	}

	public boolean mayEdit(Draft draft) {
		if (draft.ownerAccount() != null) {
			return account().map(a -> a.id().value().equals(draft.ownerAccount())).orElse(false);
		}
		return grants(DRAFTS, false).contains(draft.id());
	}

	public boolean mayRead(Submission submission) {
		Optional<SignedInAccount> account = account();
		if (submission.applicantAccount() != null && account.map(a -> a.id().value().equals(submission.applicantAccount())).orElse(false)) {
			return true;
		}
		if (submission.institutionId() != null && account.map(a -> a.institutions().contains(submission.institutionId())).orElse(false)) {
			return true;
		}
		return submission.applicantAccount() == null && grants(SUBMISSIONS, false).contains(submission.id());
	}

	public void grantDraft(UUID draftId) {
		grants(DRAFTS, true).add(draftId);
	}

	public void grantSubmission(UUID submissionId) {
		grants(SUBMISSIONS, true).add(submissionId);
	}

	@SuppressWarnings("unchecked")
	private Set<UUID> grants(String name, boolean create) {
		HttpSession session = session(create);
		if (session == null) {
			return Collections.emptySet();
		}
		Object held = session.getAttribute(name);
		if (held instanceof Grants grants) {
			return grants;
		}
		if (!create) {
			return Collections.emptySet();
		}
		Grants grants = new Grants();
		session.setAttribute(name, grants);
		return grants;
	}

	private static @Nullable HttpSession session(boolean create) {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getSession(create) : null;
	}

	/** The ids a session holds, oldest dropped first so a session cannot grow without bound. */
	static final class Grants extends LinkedHashSet<UUID> implements Serializable {

		private static final long serialVersionUID = 1L;

		@Override
		public boolean add(UUID id) {
			boolean added = super.add(id);
			while (size() > MAX_GRANTS) {
				remove(iterator().next());
			}
			return added;
		}
	}
}
