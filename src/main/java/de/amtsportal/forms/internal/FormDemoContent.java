package de.amtsportal.forms.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.forms.Audience;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormDefinitionJson;
import de.amtsportal.identity.Directory;

/**
 * Real forms from authorities' practice for the demo: five published, and the residents' parking permit with
 * a published first version and a second one sent back by the reviewer with comments, so the review loop can
 * be seen at once. Made through the versions' own transitions; demo profile only, into an empty table.
 */
@Component
@Profile("demo & !prod")
class FormDemoContent {

	private static final Logger log = LoggerFactory.getLogger(FormDemoContent.class);

	private final FormRepository forms;
	private final FormVersions versions;
	private final ReviewComments comments;
	private final Directory directory;
	private final Clock clock;

	FormDemoContent(FormRepository forms, FormVersions versions, ReviewComments comments, Directory directory, Clock clock) {
		this.forms = forms;
		this.versions = versions;
		this.comments = comments;
		this.directory = directory;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	@Transactional
	public void seed() {
		if (forms.count() > 0) {
			return;
		}
		var editor = directory.person("formulare@musterstadt.example");
		var reviewer = directory.person("pruefung@musterstadt.example");
		if (editor.isEmpty() || reviewer.isEmpty()) {
			return; // the identity demo content is missing: nothing to attribute the forms to
		}
		String author = editor.get().id().toString();
		String checker = reviewer.get().id().toString();
		Map<String, UUID> units = new java.util.HashMap<>();
		directory.orgUnits().forEach(unit -> units.put(unit.slug(), unit.id()));

		published("anzeige-brunnenbohrung", "brunnenbohrung", units.get("umweltamt"), Audience.PUBLIC, author, checker);
		published("wohnungsgeberbestaetigung", "wohnungsgeberbescheinigung", units.get("buergeramt"), Audience.PUBLIC, author, checker);
		published("abmeldung-ausland", "abmeldung-ausland", units.get("buergeramt"), Audience.PUBLIC, author, checker);
		published("sperrmuell-abholung", "sperrmuell", units.get("umweltamt"), Audience.PUBLIC, author, checker);
		for (String report : List.of("strassenbeleuchtung", "muellablagerung", "strassenschaden", "graffiti-plakate")) {
			published(report, report, units.get(report.startsWith("strassen") ? "tiefbauamt" : "ordnungsamt"), Audience.PUBLIC, author, checker);
		}
		published("antrag-fortbildung", "fortbildung", units.get("schulaufsicht"), Audience.INSTITUTIONS, author, checker);
		Form parking = published("bewohnerparkausweis", "bewohnerparkausweis", units.get("strassenverkehrsbehoerde"),
				Audience.PUBLIC, author, checker);

		FormVersion second = versions.save(new FormVersion(parking.id(), 2,
				versions.findFirstByFormIdOrderByNumberDesc(parking.id()).orElseThrow().definition(), author, clock.instant()));
		second.submitForReview(author, clock.instant());
		second.requestChanges(checker, clock.instant());
		versions.save(second);
		comments.save(new ReviewComment(second.id(), "kennzeichen", checker,
				"Bitte auch Saisonkennzeichen (z. B. M-AB 123 04-10) zulassen.", clock.instant()));
		comments.save(new ReviewComment(second.id(), null, checker,
				"Die Gebühr ist ab 1. Januar neu festgesetzt: 37,00 Euro pro Jahr. Bitte Auswahl und Hinweis anpassen.", clock.instant()));
		log.info("Demo forms created: 10 published, one version with review comments");
	}

	private Form published(String slug, String resource, UUID unit, Audience audience, String author, String checker) {
		FormDefinition definition = read(resource);
		Form form = forms.save(new Form(slug, definition.title().de(), definition.title().en(), unit, audience, author, clock.instant()));
		FormVersion version = new FormVersion(form.id(), 1, FormDefinitionJson.write(definition), author, clock.instant());
		version.submitForReview(author, clock.instant());
		version.approve(checker, clock.instant());
		version.publish(author, clock.instant());
		versions.save(version);
		return form;
	}

	private static FormDefinition read(String name) {
		try (InputStream in = new ClassPathResource("demo/forms/" + name + ".json").getInputStream()) {
			return FormDefinitionJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException("Demo form " + name + " is missing", e);
		}
	}

}
