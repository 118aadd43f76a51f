package de.amtsportal.forms;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import de.amtsportal.access.Permissions;
import de.amtsportal.forms.internal.FormReleases;

/** The module's API for other modules: the released versions of forms, never drafts. */
@Service
public class Forms {

	/** Released versions never change, so they are parsed once; bounded so that an old instance cannot fill memory. */
	private static final int CACHED_VERSIONS = 500;

	private final FormReleases releases;
	private final Map<UUID, PublishedForm> released = new ConcurrentHashMap<>();
	/**
	 * Form id → id of its published version, which only a release changes: emptied after each committed release
	 * here; a release on another instance is used here after the time to live at most (docs/adr/0019).
	 */
	private final Cache<UUID, UUID> currentVersions;
	/** Counts the releases: a version id read while one was committed is not kept. */
	private final AtomicLong releasesSoFar = new AtomicLong();

	Forms(FormReleases releases, @Value("${amtsportal.public-pages.time-to-live}") Duration timeToLive) {
		this.releases = releases;
		this.currentVersions = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(CACHED_VERSIONS).build();
	}

	/** The version new applications of this form use (its id kept a short while; its definition parsed once). */
	public Optional<PublishedForm> current(UUID formId) {
		UUID cached = currentVersions.getIfPresent(formId);
		if (cached != null) {
			return released(cached);
		}
		long before = releasesSoFar.get();
		Optional<UUID> versionId = releases.currentVersionId(formId);
		versionId.ifPresent(id -> {
			currentVersions.put(formId, id);
			// a release committed meanwhile may have emptied the cache before the put
			if (releasesSoFar.get() != before) {
				currentVersions.invalidate(formId);
			}
		});
		return versionId.flatMap(this::released);
	}

	/** After the commit: emptied earlier, a concurrent reader could put the superseded version back. */
	@TransactionalEventListener(fallbackExecution = true)
	void published(FormVersionPublished release) {
		releasesSoFar.incrementAndGet();
		currentVersions.invalidate(release.formId());
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
