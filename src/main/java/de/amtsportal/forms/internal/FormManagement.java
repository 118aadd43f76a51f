package de.amtsportal.forms.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Permissions;
import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;
import de.amtsportal.forms.Audience;
import de.amtsportal.forms.FormVersionStatus;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormDefinitionJson;
import de.amtsportal.identity.CurrentUser;
import de.amtsportal.identity.Directory;
import de.amtsportal.identity.OrgUnitView;
import de.amtsportal.identity.SignedInAccount;

/**
 * The back office's use of forms: form editors create forms and edit drafts, send them to review and publish
 * approved versions; reviewers of the responsible org unit request changes or approve. Every step is audited.
 */
@Service
public class FormManagement {

	private final FormRepository forms;
	private final FormVersions versions;
	private final ReviewComments comments;
	private final CurrentUser currentUser;
	private final AuditTrail audit;
	private final Directory directory;
	private final Clock clock;

	FormManagement(FormRepository forms, FormVersions versions, ReviewComments comments, CurrentUser currentUser,
			AuditTrail audit, Directory directory, Clock clock) {
		this.forms = forms;
		this.versions = versions;
		this.comments = comments;
		this.currentUser = currentUser;
		this.audit = audit;
		this.directory = directory;
		this.clock = clock;
	}

	/** The org units a new form can be made the responsibility of. */
	@PreAuthorize("hasAuthority('" + Permissions.FORMS_EDIT + "')")
	public List<OrgUnitView> responsibleUnits() {
		return directory.orgUnits();
	}

	public record NewForm(String slug, String titleDe, @Nullable String titleEn, UUID responsibleUnit, Audience audience,
			FormDefinition definition) {
	}

	/** A comment of the reviewer: on the whole version (target null), a page id or a field path. */
	public record CommentInput(@Nullable String target, String text) {
	}

	public record FormSummary(Form form, FormVersion latest, @Nullable Integer publishedNumber) {
	}

	/**
	 * What the signed-in person may do with a version now, so pages offer only steps that will succeed; the
	 * methods below check again. {@code ownVersion}: a reviewer of the unit who wrote part of it (four eyes).
	 */
	public record Steps(boolean edit, boolean submit, boolean review, boolean ownVersion, boolean publish, boolean newDraft) {
	}

	@PreAuthorize("hasAuthority('" + Permissions.FORMS_EDIT + "')")
	@Transactional
	public FormVersion create(NewForm input) {
		if (forms.existsBySlug(input.slug())) {
			throw new WorkflowViolation("forms.error.slug-taken");
		}
		String me = me();
		Form form = forms.save(new Form(input.slug(), input.titleDe(), input.titleEn(), input.responsibleUnit(),
				input.audience(), me, clock.instant()));
		FormVersion draft = versions.save(new FormVersion(form.id(), 1, FormDefinitionJson.write(input.definition()), me,
				clock.instant()));
		audit.record(new AuditEvent(me, "form.created", form.id().toString(), input.slug()));
		return draft;
	}

	@PreAuthorize("hasAuthority('" + Permissions.FORMS_EDIT + "')")
	@Transactional
	public void edit(UUID versionId, FormDefinition definition) {
		FormVersion version = version(versionId);
		version.edit(FormDefinitionJson.write(definition), me(), clock.instant());
		versions.save(version);
		record("form.version-edited", version);
	}

	/** The open draft of the form, or a new one copied from its latest version (published versions never change). */
	@PreAuthorize("hasAuthority('" + Permissions.FORMS_EDIT + "')")
	@Transactional
	public FormVersion draft(UUID formId) {
		FormVersion latest = versions.findFirstByFormIdOrderByNumberDesc(formId).orElseThrow(FormNotFound::new);
		if (latest.status().editable() || latest.status() == FormVersionStatus.IN_REVIEW
				|| latest.status() == FormVersionStatus.APPROVED) {
			return latest;
		}
		FormVersion draft = versions.save(new FormVersion(formId, latest.number() + 1, latest.definition(), me(), clock.instant()));
		record("form.version-created", draft);
		return draft;
	}

	@PreAuthorize("hasAuthority('" + Permissions.FORMS_EDIT + "')")
	@Transactional
	public void submitForReview(UUID versionId) {
		FormVersion version = version(versionId);
		version.submitForReview(me(), clock.instant());
		versions.save(version);
		record("form.version-submitted", version);
	}

	@PreAuthorize("hasAuthority('" + Permissions.FORMS_REVIEW + "')")
	@Transactional
	public void requestChanges(UUID versionId, List<CommentInput> remarks) {
		if (remarks.isEmpty() || remarks.stream().allMatch(r -> r.text().isBlank())) {
			throw new WorkflowViolation("forms.error.comment-required");
		}
		FormVersion version = reviewable(versionId);
		version.requestChanges(me(), clock.instant());
		for (CommentInput remark : remarks) {
			if (!remark.text().isBlank()) {
				comments.save(new ReviewComment(versionId, remark.target(), me(), remark.text().strip(), clock.instant()));
			}
		}
		versions.save(version);
		record("form.version-changes-requested", version);
	}

	@PreAuthorize("hasAuthority('" + Permissions.FORMS_REVIEW + "')")
	@Transactional
	public void approve(UUID versionId) {
		FormVersion version = reviewable(versionId);
		version.approve(me(), clock.instant());
		versions.save(version);
		record("form.version-approved", version);
	}

	@PreAuthorize("hasAuthority('" + Permissions.FORMS_EDIT + "')")
	@Transactional
	public void publish(UUID versionId) {
		FormVersion version = version(versionId);
		versions.findFirstByFormIdAndStatus(version.formId(), FormVersionStatus.PUBLISHED).ifPresent(previous -> {
			previous.supersede();
			versions.saveAndFlush(previous);
		});
		version.publish(me(), clock.instant());
		versions.save(version);
		record("form.version-published", version);
	}

	@PreAuthorize("hasAuthority('" + Permissions.FORMS_EDIT + "')")
	@Transactional
	public void reply(UUID commentId, String text) {
		ReviewComment comment = comments.findById(commentId).orElseThrow(FormNotFound::new);
		if (!version(comment.versionId()).status().editable()) {
			throw new WorkflowViolation("forms.error.not-allowed-in-status");
		}
		comment.answer(text.strip(), me(), clock.instant());
	}

	@PreAuthorize("hasAnyAuthority('" + Permissions.FORMS_EDIT + "', '" + Permissions.FORMS_REVIEW + "')")
	@Transactional(readOnly = true)
	public List<FormSummary> overview() {
		return forms.findAll().stream()
			.map(form -> new FormSummary(form, versions.findFirstByFormIdOrderByNumberDesc(form.id()).orElseThrow(),
					versions.findFirstByFormIdAndStatus(form.id(), FormVersionStatus.PUBLISHED).map(FormVersion::number).orElse(null)))
			.sorted(java.util.Comparator.comparing(s -> s.form().titleDe()))
			.toList();
	}

	@PreAuthorize("hasAnyAuthority('" + Permissions.FORMS_EDIT + "', '" + Permissions.FORMS_REVIEW + "')")
	@Transactional(readOnly = true)
	public Form form(UUID formId) {
		return forms.findById(formId).orElseThrow(FormNotFound::new);
	}

	/** A version that may be edited now; the builder's pages start here, so a frozen version is never offered for editing. */
	@PreAuthorize("hasAuthority('" + Permissions.FORMS_EDIT + "')")
	@Transactional(readOnly = true)
	public FormVersion editable(UUID versionId) {
		FormVersion version = version(versionId);
		if (!version.status().editable()) {
			throw new WorkflowViolation("forms.error.not-allowed-in-status", "Version " + versionId + " is " + version.status());
		}
		return version;
	}

	@PreAuthorize("hasAnyAuthority('" + Permissions.FORMS_EDIT + "', '" + Permissions.FORMS_REVIEW + "')")
	@Transactional(readOnly = true)
	public Steps steps(UUID versionId) {
		FormVersion version = version(versionId);
		Form form = forms.findById(version.formId()).orElseThrow(FormNotFound::new);
		SignedInAccount me = currentUser.require();
		boolean editor = me.roles().stream().anyMatch(role -> role.permissions().contains(Permissions.FORMS_EDIT));
		boolean reviewer = me.roles().stream().anyMatch(role -> role.permissions().contains(Permissions.FORMS_REVIEW))
				&& me.reviewerUnits().contains(form.responsibleUnitId());
		FormVersionStatus status = version.status();
		boolean inReview = status == FormVersionStatus.IN_REVIEW;
		boolean own = version.writtenBy(me.id().toString());
		boolean latest = versions.findFirstByFormIdOrderByNumberDesc(form.id()).map(v -> v.id().equals(versionId)).orElse(false);
		return new Steps(editor && status.editable(), editor && status.editable(), reviewer && inReview && !own,
				reviewer && inReview && own, editor && status == FormVersionStatus.APPROVED,
				editor && latest && (status == FormVersionStatus.PUBLISHED || status == FormVersionStatus.SUPERSEDED));
	}

	@PreAuthorize("hasAnyAuthority('" + Permissions.FORMS_EDIT + "', '" + Permissions.FORMS_REVIEW + "')")
	@Transactional(readOnly = true)
	public FormVersion version(UUID versionId) {
		return versions.findById(versionId).orElseThrow(FormNotFound::new);
	}

	@PreAuthorize("hasAnyAuthority('" + Permissions.FORMS_EDIT + "', '" + Permissions.FORMS_REVIEW + "')")
	@Transactional(readOnly = true)
	public List<FormVersion> versions(UUID formId) {
		return versions.findByFormIdOrderByNumberDesc(formId);
	}

	@PreAuthorize("hasAnyAuthority('" + Permissions.FORMS_EDIT + "', '" + Permissions.FORMS_REVIEW + "')")
	@Transactional(readOnly = true)
	public List<ReviewComment> comments(UUID versionId) {
		return comments.findByVersionIdOrderByCreatedAt(versionId);
	}

	/** Only a reviewer of the form's responsible org unit may decide on it. */
	private FormVersion reviewable(UUID versionId) {
		FormVersion version = version(versionId);
		Form form = forms.findById(version.formId()).orElseThrow(FormNotFound::new);
		SignedInAccount reviewer = currentUser.require();
		if (!reviewer.reviewerUnits().contains(form.responsibleUnitId())) {
			throw new AccessDeniedException("Reviewer is not in the form's responsible org unit");
		}
		return version;
	}

	private String me() {
		return currentUser.require().id().toString();
	}

	private void record(String action, FormVersion version) {
		audit.record(new AuditEvent(me(), action, version.id().toString(), "form " + version.formId() + " v" + version.number()));
	}
}
