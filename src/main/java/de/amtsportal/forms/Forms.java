package de.amtsportal.forms;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
}
