package de.amtsportal.forms;

import java.util.List;

import com.icegreen.greenmail.util.GreenMail;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import de.amtsportal.access.Role;
import de.amtsportal.audit.AuditTrail;
import de.amtsportal.audit.AuditTrail.AuditQuery;
import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormPage;
import de.amtsportal.forms.definition.Text;
import de.amtsportal.forms.internal.FormManagement;
import de.amtsportal.forms.internal.FormManagement.CommentInput;
import de.amtsportal.forms.internal.FormManagement.NewForm;
import de.amtsportal.forms.internal.FormVersion;
import de.amtsportal.forms.internal.WorkflowViolation;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.Membership;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The review-and-release loop: editor drafts, reviewer of the responsible unit sends it back with comments,
 * editor revises, reviewer approves, editor publishes; a new draft leaves the published version untouched.
 */
@IntegrationTest
class FormReviewIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	FormManagement management;

	@Autowired
	Forms forms;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	GreenMail mail;

	static FormDefinition definition(String label) {
		return new FormDefinition(Text.of("Anzeige einer Brunnenbohrung", null), List.of(FormPage.of("brunnen",
				Text.of("Brunnen", null), Field.of("tiefe", FieldType.NUMBER, Text.of(label, null), true))), List.of());
	}

	@Test
	void aFormGoesThroughReviewAndReleaseWithFourEyes() throws Exception {
		TestAccounts people = new TestAccounts(context);
		OrgUnit water = people.unit("Untere Wasserbehörde");
		OrgUnit traffic = people.unit("Straßenverkehrsbehörde");
		Account editor = people.create(TestAccounts.unique("redaktion"), Membership.global(Role.FORM_EDITOR));
		Account reviewer = people.create(TestAccounts.unique("pruefung"), Membership.inUnit(Role.REVIEWER, water.id()));
		Account otherReviewer = people.create(TestAccounts.unique("verkehr"), Membership.inUnit(Role.REVIEWER, traffic.id()));
		Account editorAndReviewer = people.create(TestAccounts.unique("beides"), Membership.global(Role.FORM_EDITOR),
				Membership.inUnit(Role.REVIEWER, water.id()));

		FormVersion draft = call(editorAndReviewer, () -> management.create(new NewForm("brunnen", "Anzeige einer Brunnenbohrung",
				"Notification of drilling a well", water.id(), Audience.PUBLIC, definition("Tiefe in Metern"))));
		run(editorAndReviewer, () -> management.submitForReview(draft.id()));
		assertThat(mail.waitForIncomingEmail(10_000, 1)).as("reviewers of the unit are told").isTrue();
		assertThat(mail.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo(reviewer.email());

		// nobody approves their own version; reviewers of other units cannot decide at all; editors cannot review
		assertThatThrownBy(() -> run(editorAndReviewer, () -> management.approve(draft.id())))
			.isInstanceOf(WorkflowViolation.class).hasMessageContaining("forms.error.own-version");
		assertThatThrownBy(() -> run(otherReviewer, () -> management.approve(draft.id()))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> run(editor, () -> management.approve(draft.id()))).isInstanceOf(AccessDeniedException.class);
		assertThat(forms.current(draft.formId())).as("nothing is published before approval").isEmpty();

		mail.purgeEmailFromAllMailboxes();
		run(reviewer, () -> management.requestChanges(draft.id(), List.of(new CommentInput("tiefe", "Bitte Einheit im Hinweis nennen"))));
		assertThat(call(editor, () -> management.comments(draft.id()))).extracting(c -> c.target() + ": " + c.text())
			.containsExactly("tiefe: Bitte Einheit im Hinweis nennen");
		assertThat(mail.waitForIncomingEmail(10_000, 1)).as("the author is told").isTrue();

		run(editor, () -> management.edit(draft.id(), definition("Tiefe der Bohrung (in Metern)")));
		run(editor, () -> management.submitForReview(draft.id()));
		// the combined editor/reviewer wrote the first draft and still may not approve it
		assertThatThrownBy(() -> run(editorAndReviewer, () -> management.approve(draft.id()))).isInstanceOf(WorkflowViolation.class);
		run(reviewer, () -> management.approve(draft.id()));
		assertThatThrownBy(() -> run(editor, () -> management.edit(draft.id(), definition("später")))).isInstanceOf(WorkflowViolation.class);
		run(editor, () -> management.publish(draft.id()));

		PublishedForm published = forms.current(draft.formId()).orElseThrow();
		assertThat(published.number()).isEqualTo(1);
		assertThat(published.definition().field("tiefe").orElseThrow().label().de()).isEqualTo("Tiefe der Bohrung (in Metern)");

		// editing again creates version 2; version 1 stays published and unchanged until 2 is released
		FormVersion second = call(editor, () -> management.draft(draft.formId()));
		assertThat(second.number()).isEqualTo(2);
		run(editor, () -> management.edit(second.id(), definition("Bohrtiefe")));
		assertThat(forms.current(draft.formId()).orElseThrow().versionId()).isEqualTo(draft.id());
		assertThat(forms.released(second.id())).isEmpty();

		Account admin = people.administrator(TestAccounts.unique("admin"));
		assertThat(call(admin, () -> auditTrail.search(new AuditQuery(null, null, null, null), org.springframework.data.domain.Pageable.ofSize(50))))
			.extracting(e -> e.action())
			.contains("form.created", "form.version-submitted", "form.version-changes-requested", "form.version-edited",
					"form.version-approved", "form.version-published", "form.version-created");
	}

	private <T> T call(Account account, java.util.concurrent.Callable<T> action) throws Exception {
		var previous = SecurityContextHolder.getContext();
		try {
			SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
			var principal = new TestAccounts(context).principal(account);
			SecurityContextHolder.getContext().setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
			return action.call();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private void run(Account account, Runnable action) throws Exception {
		call(account, () -> {
			action.run();
			return null;
		});
	}
}
