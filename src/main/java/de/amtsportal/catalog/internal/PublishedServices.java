package de.amtsportal.catalog.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.catalog.PublishedService;

/** Reads what the public may see: published services only, drafts and withdrawn ones never. */
@Component
public class PublishedServices {

	private final Services services;

	PublishedServices(Services services) {
		this.services = services;
	}

	@Transactional(readOnly = true)
	public Optional<Service> bySlug(String slug) {
		return services.findBySlug(slug).filter(Service::isPublished);
	}

	@Transactional(readOnly = true)
	public Optional<PublishedService> find(String slug) {
		return bySlug(slug).map(Service::published);
	}

	@Transactional(readOnly = true)
	public List<PublishedService> all() {
		return services.findByStatusOrderByNameDe(ServiceStatus.PUBLISHED).stream().map(Service::published).toList();
	}

	@Transactional(readOnly = true)
	public List<PublishedService> ofUnit(UUID orgUnit) {
		return services.findByStatusAndResponsibleUnitIdOrderByNameDe(ServiceStatus.PUBLISHED, orgUnit).stream()
			.map(Service::published)
			.toList();
	}
}
