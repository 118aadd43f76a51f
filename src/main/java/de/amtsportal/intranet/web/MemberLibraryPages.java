package de.amtsportal.intranet.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import de.amtsportal.documents.Downloads;
import de.amtsportal.identity.CurrentUser;
import de.amtsportal.intranet.internal.Item;
import de.amtsportal.intranet.internal.Library;

/**
 * {@code /intranet/bibliothek}: the documents and forms meant for the member, by folder, marked when new or
 * changed since their last visit; each with its history of versions to download.
 */
@Controller
class MemberLibraryPages {

	private final Library library;
	private final CurrentUser currentUser;

	MemberLibraryPages(Library library, CurrentUser currentUser) {
		this.library = library;
		this.currentUser = currentUser;
	}

	@GetMapping("/intranet/bibliothek")
	String shelf(Model model) {
		Library.Shelf shelf = library.visit(currentUser.require());
		Map<String, List<Item>> folders = shelf.documents().stream()
			.collect(Collectors.groupingBy(d -> d.folder() == null ? "" : d.folder(), LinkedHashMap::new, Collectors.toList()));
		model.addAttribute("folders", folders);
		model.addAttribute("shelf", shelf);
		return "intranet/bibliothek";
	}

	@GetMapping("/intranet/bibliothek/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("entry", library.find(currentUser.require(), id).orElseThrow(NotFound::new));
		return "intranet/dokument";
	}

	@GetMapping("/intranet/bibliothek/{id}/versionen/{number}")
	ResponseEntity<Resource> download(@PathVariable UUID id, @PathVariable int number) {
		Library.Download download = library.download(currentUser.require(), id, number).orElseThrow(NotFound::new);
		return Downloads.attachment(download.document(), download.content());
	}
}
