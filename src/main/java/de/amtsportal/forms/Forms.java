package de.amtsportal.forms;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Permissions;
import de.amtsportal.forms.internal.FormReleases;

/** The module's API for other modules: the released versions of forms, never drafts. */
@Service
public class Forms {

	/** Released versions never change, so they are parsed once; bounded so that an old instance cannot fill memory. */
	private static final int CACHED_VERSIONS = 500;

	private final FormReleases releases;
	private final Map<UUID, PublishedForm> released = new ConcurrentHashMap<>();

	Forms(FormReleases releases) {
		this.releases = releases;
	}

	/** The version new applications of this form use (looked up each time; its definition parsed once). */
	@Transactional(readOnly = true)
	public Optional<PublishedForm> current(UUID formId) {
		return releases.currentVersionId(formId).flatMap(this::released);
	}

	/** A version that is or was published — what an application started earlier stays tied to. */
	public Optional<PublishedForm> released(UUID versionId) {
		PublishedForm cached = released.get(versionId);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<PublishedForm> found = releases.released(versionId);
		found.ifPresent(form -> {
			if (released.size() >= CACHED_VERSIONS) {
				released.clear();
			}
			released.put(versionId, form);
		});
		return found;
	}

	/** The form with this address name, released or not (e.g. to link demo services to demo forms). */
	public Optional<UUID> idOf(String slug) {
		return releases.idOf(slug);
	}

	/** Every form by title, for editors who link a form to something (drafts included, marked as unpublished). */
	@PreAuthorize("hasAnyAuthority('" + Permissions.FORMS_EDIT + "', '" + Permissions.CATALOG_EDIT + "')")
	@Transactional(readOnly = true)
	public List<FormChoice> choices() {
		return releases.choices();
	}
}
