package de.amtsportal.decisions.internal;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Permissions;
import de.amtsportal.audit.AuditEvent;
import de.amtsportal.audit.AuditTrail;
import de.amtsportal.catalog.Catalog;
import de.amtsportal.catalog.PublishedService;
import de.amtsportal.forms.Forms;
import de.amtsportal.identity.CurrentUser;

/**
 * Editing the decision templates of a service (those who edit the catalogue: form editors and administrators).
 * A template is checked when it is saved — lengths, and every placeholder must be one the portal can fill from
 * the service's current form — so that a caseworker never meets a broken one. Every change is audited.
 */
@Component
public class TemplateEditing {

	public static final List<String> LANGUAGES = List.of("de", "en");

	private final DecisionTemplates templates;
	private final Catalog catalog;
	private final Forms forms;
	private final CurrentUser currentUser;
	private final AuditTrail audit;
	private final Clock clock;

	TemplateEditing(DecisionTemplates templates, Catalog catalog, Forms forms, CurrentUser currentUser, AuditTrail audit,
			Clock clock) {
		this.templates = templates;
		this.catalog = catalog;
		this.forms = forms;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	/** The published service, or empty; templates exist for published services only. */
	@PreAuthorize("hasAuthority('" + Permissions.CATALOG_EDIT + "')")
	public Optional<PublishedService> service(UUID serviceId) {
		return catalog.published().stream().filter(s -> s.id().equals(serviceId)).findFirst();
	}

	@PreAuthorize("hasAuthority('" + Permissions.CATALOG_EDIT + "')")
	@Transactional(readOnly = true)
	public TemplateText text(UUID serviceId, String language) {
		return templates.findByServiceIdAndLanguage(serviceId, language).map(DecisionTemplate::text).orElse(TemplateText.EMPTY);
	}

	/** The field paths of the service's current form, which {@code {{feld:…}}} may name. */
	@PreAuthorize("hasAuthority('" + Permissions.CATALOG_EDIT + "')")
	public Set<String> fieldPaths(PublishedService service) {
		return paths(service);
	}

	/**
	 * Saves both languages; German is required, English optional (all empty: none, decisions then use German).
	 * @throws InvalidTemplate naming the first input that breaks a rule; then nothing is saved
	 */
	@PreAuthorize("hasAuthority('" + Permissions.CATALOG_EDIT + "')")
	@Transactional
	public void save(UUID serviceId, TemplateText german, TemplateText english) {
		PublishedService service = service(serviceId).orElseThrow(() -> new IllegalArgumentException("No published service"));
		Set<String> paths = paths(service);
		check("De", german, paths, true);
		boolean englishGiven = !(english.title().isEmpty() && english.body().isEmpty() && english.legalRemedy().isEmpty());
		if (englishGiven) {
			check("En", english, paths, true);
		}
		String me = currentUser.require().id().toString();
		store(serviceId, "de", german, me);
		if (englishGiven) {
			store(serviceId, "en", english, me);
		}
		else {
			templates.findByServiceIdAndLanguage(serviceId, "en").ifPresent(templates::delete);
		}
		audit.record(new AuditEvent(me, "decisions.template-saved", serviceId.toString(), service.slug()));
	}

	private void store(UUID serviceId, String language, TemplateText text, String by) {
		Optional<DecisionTemplate> existing = templates.findByServiceIdAndLanguage(serviceId, language);
		if (existing.isPresent()) {
			existing.get().revise(text, by, clock.instant());
		}
		else {
			templates.save(new DecisionTemplate(serviceId, language, text, by, clock.instant()));
		}
	}

	static void check(String suffix, TemplateText text, Set<String> paths, boolean required) {
		require("title" + suffix, text.title(), TemplateText.MAX_TITLE, required, paths);
		require("body" + suffix, text.body(), TemplateText.MAX_BODY, required, paths);
		require("legalRemedy" + suffix, text.legalRemedy(), TemplateText.MAX_LEGAL_REMEDY, false, paths);
	}

	private static void require(String field, String value, int max, boolean required, Set<String> paths) {
		if (required && value.isEmpty()) {
			throw new InvalidTemplate(field, "decisions.error.required", List.of());
		}
		if (value.length() > max) {
			throw new InvalidTemplate(field, "decisions.error.too-long", List.of(String.valueOf(max)));
		}
		List<String> unknown = Placeholders.unknown(value, paths);
		if (!unknown.isEmpty()) {
			throw new InvalidTemplate(field, "decisions.error.unknown-placeholder", List.of(String.join(", ", unknown)));
		}
	}

	private Set<String> paths(PublishedService service) {
		if (service.formId() == null) {
			return Set.of();
		}
		return forms.current(service.formId()).map(f -> (Set<String>) new LinkedHashSet<>(f.definition().paths())).orElse(Set.of());
	}
}
