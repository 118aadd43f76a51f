package de.amtsportal.intranet.web;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.amtsportal.identity.CurrentUser;
import de.amtsportal.intranet.internal.IntranetSearch;

/** {@code /intranet/suche}: search across the news, circulars and documents meant for the member, files included. */
@Controller
class SearchPage {

	private static final int PAGE_SIZE = 20;

	private final IntranetSearch search;
	private final CurrentUser currentUser;

	SearchPage(IntranetSearch search, CurrentUser currentUser) {
		this.search = search;
		this.currentUser = currentUser;
	}

	@GetMapping("/intranet/suche")
	String search(@RequestParam(name = "q", required = false) @Nullable String query,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		String words = query == null ? "" : query;
		IntranetSearch.Results results = search.search(currentUser.require(), words,
				PageRequest.of(Math.max(0, Math.min(page, 500)), PAGE_SIZE));
		model.addAttribute("query", words);
		model.addAttribute("hits", results.hits());
		model.addAttribute("exact", results.exact());
		model.addAttribute("base", "/intranet/suche?q=" + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8));
		return "intranet/suche";
	}
}
