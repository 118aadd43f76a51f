package de.amtsportal.catalog.internal;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.catalog.Topic;

/**
 * The public search of the catalogue. All words of a query must occur in the German texts of a service, or
 * all in its English texts; a match in the name counts most, then the summary, then description and
 * documents; whole-word matches count more than matches inside a compound word. Without words, published
 * services are listed by name.
 */
@Component
public class CatalogSearch {

	/** Longest query that is searched: longer input is cut (a search box is no place for an essay). */
	public static final int LONGEST_QUERY = 200;

	private final EntityManager entityManager;

	CatalogSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** What a citizen asks for; every part is optional. */
	public record Query(@Nullable String text, @Nullable Topic topic, @Nullable UUID unit) {

		boolean hasText() {
			return text != null && !text.isBlank();
		}

		String words() {
			String words = text == null ? "" : text.strip();
			return words.length() > LONGEST_QUERY ? words.substring(0, LONGEST_QUERY) : words;
		}
	}

	/**
	 * A result as lists show it. Projected from the index alone: a results page runs no database query, which
	 * is what lets the public list keep up with thousands of requests a second.
	 */
	public record Hit(String slug, String nameDe, @Nullable String nameEn, String summaryDe, @Nullable String summaryEn,
			UUID responsibleUnitId) {
	}

	@Transactional(readOnly = true)
	public Page<Hit> search(Query query, Pageable pageable) {
		SearchResult<Hit> result = Search.session(entityManager).search(Service.class)
			.select(f -> f.composite()
				.from(f.field("slug", String.class), f.field("name_de_stored", String.class),
						f.field("name_en_stored", String.class), f.field("summary_de_stored", String.class),
						f.field("summary_en_stored", String.class), f.field("responsibleUnitId", UUID.class))
				.asList(values -> new Hit((String) values.get(0), (String) values.get(1), (String) values.get(2),
						(String) values.get(3), (String) values.get(4), (UUID) values.get(5))))
			.where(f -> f.bool().with(all -> {
				all.filter(f.match().field("status").matching(ServiceStatus.PUBLISHED));
				if (query.topic() != null) {
					all.filter(f.match().field("topic").matching(query.topic()));
				}
				if (query.unit() != null) {
					all.filter(f.match().field("responsibleUnitId").matching(query.unit()));
				}
				if (!query.hasText()) {
					all.must(f.matchAll());
					return;
				}
				// one query per language: German stop words must not become required words in the English texts
				var german = f.simpleQueryString()
					.field("name_de_word").boost(8f)
					.field("name_de").boost(4f)
					.field("summary_de_word").boost(3f)
					.field("summary_de").boost(2f)
					.fields("description_de", "documents_de")
					.matching(query.words())
					.defaultOperator(BooleanOperator.AND);
				var english = f.simpleQueryString()
					.field("name_en").boost(4f)
					.field("summary_en").boost(2f)
					.fields("description_en", "documents_en")
					.matching(query.words())
					.defaultOperator(BooleanOperator.AND);
				if (ServiceEditing.LEIKA_KEY.matcher(query.words()).matches()) {
					all.must(f.or(german, english, f.match().field("leikaKey").matching(query.words())));
				}
				else {
					all.must(f.or(german, english));
				}
			}))
			.sort(f -> query.hasText() ? f.score().then().field("name_sort") : f.field("name_sort"))
			.fetch((int) pageable.getOffset(), pageable.getPageSize());
		List<Hit> hits = result.hits();
		return new PageImpl<>(hits, pageable, result.total().hitCount());
	}
}
