package de.amtsportal.intranet.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import de.amtsportal.catalog.PublishedService;
import de.amtsportal.identity.SignedInAccount;
import de.amtsportal.intranet.internal.InternalApplications;
import de.amtsportal.intranet.internal.Item;
import de.amtsportal.intranet.internal.Library;
import de.amtsportal.intranet.internal.ProcessStep;
import de.amtsportal.intranet.internal.ProcessVersion;

/**
 * The steps of a process version as pages show them: each with links to the internal forms and the library
 * documents it needs. A document the viewer may not see is left out, as the library would hide it; a form that
 * is no longer offered likewise.
 */
@Component
class ProcessSteps {

	private final InternalApplications applications;
	private final Library library;

	ProcessSteps(InternalApplications applications, Library library) {
		this.applications = applications;
		this.library = library;
	}

	/** A step with the links its reader can follow. */
	record Shown(ProcessStep step, List<Link> forms, List<Link> documents) {
	}

	record Link(String name, String href) {
	}

	List<Shown> of(ProcessVersion version, SignedInAccount viewer, String libraryBase, Locale locale) {
		Map<String, PublishedService> forms = applications.available().stream()
			.collect(Collectors.toMap(PublishedService::slug, Function.identity(), (a, b) -> a));
		return version.steps().stream().map(step -> new Shown(step,
				step.formSlugs().stream().map(forms::get).filter(java.util.Objects::nonNull)
					.map(s -> new Link(s.name(locale), "/antrag/" + s.slug())).toList(),
				step.documentIds().stream().map(id -> document(viewer, id)).flatMap(Optional::stream)
					.map(d -> new Link(d.title(), libraryBase + d.id())).toList()))
			.toList();
	}

	private Optional<Item> document(SignedInAccount viewer, String id) {
		try {
			return library.find(viewer, UUID.fromString(id));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}
}
