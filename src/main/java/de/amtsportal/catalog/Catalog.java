package de.amtsportal.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import de.amtsportal.catalog.internal.PublishedServices;

/** The module's API for other modules: published services only. */
@Service
public class Catalog {

	/** More than there are services: the bound only matters if slugs of deleted services are asked for. */
	private static final int CACHED_SERVICES = 2_000;

	private final PublishedServices published;
	/**
	 * Published services by slug: every step of every application looks its service up. Emptied after each
	 * committed change here; a change on another instance shows after the time to live, like the catalogue's
	 * pages (docs/adr/0011, 0019).
	 */
	private final Cache<String, PublishedService> bySlug;
	/** Counts the changes: a service read while one was committed is not kept (it may be the old state). */
	private final AtomicLong changes = new AtomicLong();

	Catalog(PublishedServices published, @Value("${amtsportal.public-pages.time-to-live}") Duration timeToLive) {
		this.published = published;
		this.bySlug = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(CACHED_SERVICES).build();
	}

	/** The published service at {@code /leistungen/{slug}}, e.g. for the application journey at {@code /antrag/{slug}}. */
	public Optional<PublishedService> find(String slug) {
		PublishedService cached = bySlug.getIfPresent(slug);
		if (cached != null) {
			return Optional.of(cached);
		}
		long changesBefore = changes.get();
		Optional<PublishedService> found = published.find(slug);
		found.ifPresent(service -> {
			bySlug.put(slug, service);
			// a change committed meanwhile may have emptied the cache before the put
			if (changes.get() != changesBefore) {
				bySlug.invalidate(slug);
			}
		});
		return found;
	}

	/** The kind of the service at this slug; an application when it is no longer published. */
	public ServiceKind kindOf(String slug) {
		return find(slug).map(PublishedService::kind).orElse(ServiceKind.APPLICATION);
	}

	/** After the commit: emptied earlier, a concurrent reader could put the old state back. */
	@TransactionalEventListener(fallbackExecution = true, classes = { ServiceChanged.class, ServicePublished.class,
			ServiceWithdrawn.class })
	void changed(Object change) {
		changes.incrementAndGet();
		bySlug.invalidateAll();
	}

	/** Every published service, by name. */
	public List<PublishedService> published() {
		return published.all();
	}

	/** The short description of a published service, in the requested language where it was translated. */
	public Optional<String> summary(String slug, Locale locale) {
		return published.bySlug(slug).map(service -> "en".equals(locale.getLanguage()) && !service.english().summary().isBlank()
				? service.english().summary() : service.german().summary());
	}

	/** The published services an org unit is responsible for, by name. */
	public List<PublishedService> publishedBy(UUID orgUnit) {
		return published.ofUnit(orgUnit);
	}
}
