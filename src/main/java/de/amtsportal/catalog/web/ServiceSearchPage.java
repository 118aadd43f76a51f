package de.amtsportal.catalog.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import de.amtsportal.catalog.Topic;
import de.amtsportal.catalog.internal.CatalogSearch;
import de.amtsportal.catalog.internal.Service;
import de.amtsportal.identity.Directory;
import de.amtsportal.identity.OrgUnitView;

/**
 * {@code /leistungen}: find a service by words, topic and responsible unit. A plain GET form, so results can be
 * bookmarked and shared and the page works without JavaScript. Unknown filter values are ignored rather than
 * answered with an error: they come from old links, not from the form.
 */
@Controller
class ServiceSearchPage {

	static final int PAGE_SIZE = 10;

	private final CatalogSearch search;
	private final Directory directory;

	ServiceSearchPage(CatalogSearch search, Directory directory) {
		this.search = search;
		this.directory = directory;
	}

	/** One result: what the list shows of a service. */
	record Hit(String slug, Localized name, Localized summary, String unitName) {
	}

	@GetMapping("/leistungen")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(name = "thema", defaultValue = "") String topicSlug,
			@RequestParam(name = "stelle", defaultValue = "") String unitSlug, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {
		List<OrgUnitView> units = directory.orgUnits();
		Topic topic = Topic.bySlug(topicSlug).orElse(null);
		OrgUnitView unit = units.stream().filter(u -> u.slug().equals(unitSlug)).findFirst().orElse(null);
		String words = q.length() > CatalogSearch.LONGEST_QUERY ? q.substring(0, CatalogSearch.LONGEST_QUERY) : q;

		Page<CatalogSearch.Hit> found = search.search(new CatalogSearch.Query(words, topic, unit == null ? null : unit.id()),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		Map<UUID, String> unitNames = units.stream().collect(Collectors.toMap(OrgUnitView::id, OrgUnitView::name));
		model.addAttribute("results", found.map(s -> new Hit(s.slug(), Localized.of(s.nameDe(), s.nameEn(), locale),
				Localized.of(s.summaryDe(), s.summaryEn(), locale), unitNames.getOrDefault(s.responsibleUnitId(), ""))));
		model.addAttribute("q", words);
		model.addAttribute("topic", topic);
		model.addAttribute("unit", unit);
		model.addAttribute("topics", Topic.values());
		model.addAttribute("units", units);
		model.addAttribute("filtered", !words.isBlank() || topic != null || unit != null);
		model.addAttribute("base", base(words, topic, unit));
		return "catalog/leistungen";
	}

	/** The address of this search without the page, for the pagination links. */
	private static String base(String words, @Nullable Topic topic, @Nullable OrgUnitView unit) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/leistungen");
		if (!words.isBlank()) {
			uri.queryParam("q", words);
		}
		if (topic != null) {
			uri.queryParam("thema", topic.slug());
		}
		if (unit != null) {
			uri.queryParam("stelle", unit.slug());
		}
		return uri.encode().build().toUriString();
	}
}
