package de.amtsportal.intranet.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Permissions;
import de.amtsportal.identity.SignedInAccount;
import de.amtsportal.intranet.ItemKind;

/**
 * Search across news, circulars and library documents, including the text inside their files, with the German
 * analysis of the catalogue search (stemming, umlauts, parts of compound words in titles). What the member may
 * see is part of the query itself — status, first day, institution and target group terms — so neither the hits
 * nor their count can tell of an item that is not meant for them. Results come from the index alone.
 */
@Service
public class IntranetSearch {

	/** The analyzers the application's search configuration defines (see the catalogue's SearchAnalysis). */
	static final String GERMAN = "german";
	static final String GERMAN_QUERY = "german_query";
	/** The institution term of an item meant for every institution. */
	static final String ALL = "all";

	public static final int LONGEST_QUERY = 200;
	/**
	 * Hits are counted exactly up to here; beyond it Lucene may skip documents that cannot reach the first page,
	 * which keeps broad searches over many items fast. The page then says "more than".
	 */
	static final int EXACT_COUNT_UP_TO = 1_000;

	private final EntityManager entityManager;
	private final Visibility visibility;
	private final Clock clock;

	IntranetSearch(EntityManager entityManager, Visibility visibility, Clock clock) {
		this.entityManager = entityManager;
		this.visibility = visibility;
		this.clock = clock;
	}

	/** A result as the list shows it. */
	public record Hit(UUID id, ItemKind kind, String title) {
	}

	/** A page of hits; when {@code exact} is false the total is a lower bound. */
	public record Results(Page<Hit> hits, boolean exact) {
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyAuthority('" + Permissions.INTRANET + "', '" + Permissions.INTRANET_PUBLISH + "')")
	public Results search(SignedInAccount viewer, String text, Pageable pageable) {
		String words = text.strip().length() > LONGEST_QUERY ? text.strip().substring(0, LONGEST_QUERY) : text.strip();
		if (words.isEmpty()) {
			return new Results(Page.empty(pageable), true);
		}
		boolean publisher = visibility.isPublisher(viewer);
		LocalDate today = LocalDate.now(clock.withZone(Noticeboard.ZONE));
		List<String> institutions = new ArrayList<>(viewer.institutions().stream().map(UUID::toString).toList());
		institutions.add(ALL);
		SearchResult<Hit> result = Search.session(entityManager).search(Item.class)
			.select(f -> f.composite()
				.from(f.id(UUID.class), f.field("kind", ItemKind.class), f.field("title_stored", String.class))
				.as(Hit::new))
			.where(f -> f.bool().with(all -> {
				all.filter(f.match().field("status").matching(Item.Status.PUBLISHED));
				if (!publisher) {
					all.filter(f.range().field("visible_from").atMost(today));
					all.filter(f.terms().field("institution").matchingAny(institutions));
					all.filter(viewer.targetGroups().isEmpty() ? f.matchNone()
							: f.terms().field("group").matchingAny(viewer.targetGroups()));
				}
				all.must(f.simpleQueryString()
					.field("title_word").boost(8f)
					.field("title").boost(4f)
					.field("body").boost(2f)
					.field("file_text")
					.matching(words)
					.defaultOperator(BooleanOperator.AND));
			}))
			.sort(f -> f.score())
			.totalHitCountThreshold(EXACT_COUNT_UP_TO)
			.fetch((int) pageable.getOffset(), pageable.getPageSize());
		return new Results(new PageImpl<>(result.hits(), pageable, result.total().hitCountLowerBound()),
				result.total().isHitCountExact());
	}
}
