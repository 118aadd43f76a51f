package de.amtsportal.forms.internal;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.forms.FormChoice;
import de.amtsportal.forms.FormVersionStatus;
import de.amtsportal.forms.PublishedForm;
import de.amtsportal.forms.definition.FormDefinitionJson;

/** Reads released versions; drafts and versions in review are invisible here. */
@Component
public class FormReleases {

	private static final EnumSet<FormVersionStatus> RELEASED = EnumSet.of(FormVersionStatus.PUBLISHED,
			FormVersionStatus.SUPERSEDED);

	private final FormRepository forms;
	private final FormVersions versions;

	FormReleases(FormRepository forms, FormVersions versions) {
		this.forms = forms;
		this.versions = versions;
	}

	/** The id of the version new applications use, without reading its definition. */
	public Optional<UUID> currentVersionId(UUID formId) {
		return versions.findPublishedId(formId);
	}

	@Transactional(readOnly = true)
	public Optional<PublishedForm> released(UUID versionId) {
		return versions.findById(versionId).filter(v -> RELEASED.contains(v.status())).flatMap(this::toPublished);
	}

	@Transactional(readOnly = true)
	public Optional<UUID> idOf(String slug) {
		return forms.findBySlug(slug).map(Form::id);
	}

	public List<FormChoice> choices() {
		return forms.findAll().stream()
			.map(form -> new FormChoice(form.id(), form.slug(), form.titleDe(), form.titleEn(), form.audience(),
					versions.findFirstByFormIdAndStatus(form.id(), FormVersionStatus.PUBLISHED).isPresent()))
			.sorted(Comparator.comparing(FormChoice::titleDe))
			.toList();
	}

	private Optional<PublishedForm> toPublished(FormVersion version) {
		return forms.findById(version.formId()).map(form -> new PublishedForm(form.id(), form.slug(), version.id(),
				version.number(), form.audience(), form.responsibleUnitId(), FormDefinitionJson.read(version.definition())));
	}
}
