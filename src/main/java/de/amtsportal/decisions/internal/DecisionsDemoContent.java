package de.amtsportal.decisions.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import de.amtsportal.catalog.Catalog;
import de.amtsportal.catalog.PublishedService;
import de.amtsportal.forms.Forms;

/**
 * Decision templates for demo services ({@code demo/decisions/templates.json}), for the demo run only and only
 * while there are none (a restart keeps what a visitor changed). They pass the same placeholder check as an
 * editor's template; one that does not is skipped with a warning.
 */
@Component
@Profile("demo & !prod")
class DecisionsDemoContent {

	private static final Logger log = LoggerFactory.getLogger(DecisionsDemoContent.class);
	private static final String ACTOR = "demo";

	private final DecisionTemplates templates;
	private final Catalog catalog;
	private final Forms forms;
	private final Clock clock;

	DecisionsDemoContent(DecisionTemplates templates, Catalog catalog, Forms forms, Clock clock) {
		this.templates = templates;
		this.catalog = catalog;
		this.forms = forms;
		this.clock = clock;
	}

	record DemoTemplate(String service, TemplateText german, TemplateText english) {
	}

	/** After the demo catalogue (order 20). */
	@EventListener(ApplicationReadyEvent.class)
	@Order(30)
	@Transactional
	public void seed() {
		if (templates.count() > 0) {
			return;
		}
		for (DemoTemplate demo : read()) {
			PublishedService service = catalog.find(demo.service()).orElse(null);
			if (service == null) {
				log.warn("Demo decision template skipped: service {} is not published", demo.service());
				continue;
			}
			Set<String> paths = service.formId() == null ? Set.of()
					: forms.current(service.formId()).map(f -> Set.copyOf(f.definition().paths())).orElse(Set.of());
			try {
				TemplateEditing.check("De", demo.german(), paths, true);
				TemplateEditing.check("En", demo.english(), paths, true);
			}
			catch (InvalidTemplate invalid) {
				log.warn("Demo decision template of {} skipped: {}", demo.service(), invalid.getMessage());
				continue;
			}
			templates.save(new DecisionTemplate(service.id(), "de", demo.german(), ACTOR, clock.instant()));
			templates.save(new DecisionTemplate(service.id(), "en", demo.english(), ACTOR, clock.instant()));
		}
		log.info("Demo decision templates created: {}", templates.count());
	}

	static List<DemoTemplate> read() {
		try (InputStream in = new ClassPathResource("demo/decisions/templates.json").getInputStream()) {
			return JsonMapper.builder().build().readValue(in, new TypeReference<List<DemoTemplate>>() {
			});
		}
		catch (IOException e) {
			throw new IllegalStateException("The demo decision templates are missing", e);
		}
	}
}
