package de.amtsportal.forms;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Permissions;
import de.amtsportal.forms.internal.FormReleases;

/** The module's API for other modules: the released versions of forms, never drafts. */
@Service
public class Forms {

	private final FormReleases releases;

	Forms(FormReleases releases) {
		this.releases = releases;
	}

	/** The version new applications of this form use. */
	@Transactional(readOnly = true)
	public Optional<PublishedForm> current(UUID formId) {
		return releases.current(formId);
	}

	/** A version that is or was published — what an application started earlier stays tied to. */
	@Transactional(readOnly = true)
	public Optional<PublishedForm> released(UUID versionId) {
		return releases.released(versionId);
	}

	/** Every form by title, for editors who link a form to something (drafts included, marked as unpublished). */
	@PreAuthorize("hasAnyAuthority('" + Permissions.FORMS_EDIT + "', '" + Permissions.CATALOG_EDIT + "')")
	@Transactional(readOnly = true)
	public List<FormChoice> choices() {
		return releases.choices();
	}
}
