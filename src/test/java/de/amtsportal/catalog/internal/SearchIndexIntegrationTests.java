package de.amtsportal.catalog.internal;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import de.amtsportal.catalog.CatalogFixtures;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After an upgrade (or with a lost index directory) the database holds services the index has never seen;
 * the start-up check rebuilds the index so they are found again. With several instances, each catches up
 * with what the others changed.
 */
@IntegrationTest
class SearchIndexIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	SearchIndex index;

	@Autowired
	CatalogSearch search;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void anEmptyIndexIsRebuiltFromTheDatabaseOnStartUp() {
		var unit = new TestAccounts(context).unit("Umweltamt");
		Service service = new CatalogFixtures(context).published(CatalogFixtures.slug("zisterne"),
				CatalogFixtures.content(unit.id(), "Zisternenanzeige", "Zisternen anzeigen.", "Regenwasser sammeln."));
		assertThat(found("Zisterne", service)).isTrue();

		var workspace = Search.mapping(entityManagerFactory).scope(Service.class).workspace();
		workspace.purge();
		workspace.refresh();
		assertThat(index.indexed()).isZero();
		assertThat(found("Zisterne", service)).as("an index without the existing rows").isFalse();

		index.start();

		assertThat(index.indexed()).isEqualTo(context.getBean(Services.class).count());
		assertThat(found("Zisterne", service)).isTrue();
	}

	@Test
	void catchesUpWithAChangeMadeByAnotherInstance() {
		var unit = new TestAccounts(context).unit("Umweltamt");
		Service service = new CatalogFixtures(context).published(CatalogFixtures.slug("regentonne"),
				CatalogFixtures.content(unit.id(), "Regentonnenzuschuss", "Zuschuss.", "Zuschuss für Regentonnen."));
		// another instance renames the service: its own index learns of it, this one's does not
		context.getBean(JdbcTemplate.class).update("update catalog_service set name_de = ?, updated_at = ? where id = ?",
				"Gründachförderung", Timestamp.from(Instant.now()), service.id());
		assertThat(found("Gründach", service)).isFalse();

		index.catchUp();

		assertThat(found("Gründach", service)).isTrue();
		assertThat(found("Regentonnenzuschuss", service)).isFalse();
	}

	private boolean found(String words, Service service) {
		return search.search(new CatalogSearch.Query(words, null, null), PageRequest.of(0, 100)).stream()
			.anyMatch(s -> s.slug().equals(service.slug()));
	}
}
