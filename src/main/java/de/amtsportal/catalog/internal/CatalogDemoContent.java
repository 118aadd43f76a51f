package de.amtsportal.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
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

import de.amtsportal.catalog.ServiceKind;
import de.amtsportal.catalog.SignIn;
import de.amtsportal.catalog.Topic;
import de.amtsportal.forms.Forms;
import de.amtsportal.identity.Directory;
import de.amtsportal.identity.OrgUnitView;

/**
 * Common services of a German city with complete texts and privacy notices, for the demo run only and only
 * into an empty catalogue (a restart keeps what a visitor changed). The texts live in
 * {@code demo/catalog/services.json}; they are published through the services' own transition. A service
 * names its demo form by slug (the forms module seeds its demo forms first).
 */
@Component
@Profile("demo & !prod")
class CatalogDemoContent {

	private static final Logger log = LoggerFactory.getLogger(CatalogDemoContent.class);
	private static final String ACTOR = "demo";

	private final Services services;
	private final Directory directory;
	private final Forms forms;
	private final Clock clock;

	CatalogDemoContent(Services services, Directory directory, Forms forms, Clock clock) {
		this.services = services;
		this.forms = forms;
		this.directory = directory;
		this.clock = clock;
	}

	/** One service as written in the demo file: the unit by its slug, everything else as the editor sets it. */
	record DemoService(String slug, String unit, Topic topic, ServiceKind kind, SignIn signIn, @Nullable String leikaKey,
			FeeKind feeKind, @Nullable BigDecimal feeAmount, @Nullable String form, Texts german, Texts english) {
	}

	/** After the identity demo content (order 0), which creates the org units, and the demo forms (order 10). */
	@EventListener(ApplicationReadyEvent.class)
	@Order(20)
	@Transactional
	public void seed() {
		if (services.count() > 0) {
			return;
		}
		Map<String, UUID> units = directory.orgUnits().stream().collect(Collectors.toMap(OrgUnitView::slug, OrgUnitView::id));
		List<DemoService> demo = read();
		for (DemoService entry : demo) {
			UUID unit = units.get(entry.unit());
			if (unit == null) {
				log.warn("Demo service {} skipped: org unit {} does not exist", entry.slug(), entry.unit());
				continue;
			}
			UUID form = entry.form() == null ? null : forms.idOf(entry.form()).orElse(null);
			Service service = new Service(entry.slug(), new ServiceContent(entry.topic(), entry.kind(), unit, form,
					entry.signIn(), entry.leikaKey(), entry.feeKind(), entry.feeAmount(), entry.german(), entry.english()),
					ACTOR, clock.instant());
			service.publish(ACTOR, clock.instant());
			services.save(service);
		}
		log.info("Demo catalogue created: {} published services", services.count());
	}

	static List<DemoService> read() {
		try (InputStream in = new ClassPathResource("demo/catalog/services.json").getInputStream()) {
			return JsonMapper.builder().build().readValue(in, new TypeReference<List<DemoService>>() {
			});
		}
		catch (IOException e) {
			throw new IllegalStateException("The demo catalogue is missing", e);
		}
	}
}
