package de.amtsportal.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import de.amtsportal.catalog.internal.PublishedServices;

/** The module's API for other modules: published services only. */
@Service
public class Catalog {

	private final PublishedServices published;

	Catalog(PublishedServices published) {
		this.published = published;
	}

	/** The published service at {@code /leistungen/{slug}}, e.g. for the application journey at {@code /antrag/{slug}}. */
	public Optional<PublishedService> find(String slug) {
		return published.find(slug);
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
