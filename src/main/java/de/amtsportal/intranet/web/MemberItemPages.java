package de.amtsportal.intranet.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import de.amtsportal.documents.Downloads;
import de.amtsportal.identity.CurrentUser;
import de.amtsportal.identity.Directory;
import de.amtsportal.identity.SignedInAccount;
import de.amtsportal.intranet.ItemKind;
import de.amtsportal.intranet.internal.Acknowledgement;
import de.amtsportal.intranet.internal.InternalApplications;
import de.amtsportal.intranet.internal.Item;
import de.amtsportal.intranet.internal.Library;
import de.amtsportal.intranet.internal.Noticeboard;
import de.amtsportal.intranet.internal.RichText;

/**
 * {@code /intranet}: what members of institutions read — the circulars and news meant for them, each with its
 * read confirmation where one is asked for. Items not meant for the member answer 404, like missing ones.
 */
@Controller
class MemberItemPages {

	private final Noticeboard noticeboard;
	private final Directory directory;
	private final CurrentUser currentUser;
	private final RichText richText;
	private final InternalApplications applications;

	MemberItemPages(Noticeboard noticeboard, Directory directory, CurrentUser currentUser, RichText richText,
			InternalApplications applications) {
		this.applications = applications;
		this.noticeboard = noticeboard;
		this.directory = directory;
		this.currentUser = currentUser;
		this.richText = richText;
	}

	@GetMapping("/intranet")
	String start(Model model) {
		List<Item> items = noticeboard.visibleTo(currentUser.require());
		model.addAttribute("circulars", items.stream().filter(i -> i.kind() == ItemKind.CIRCULAR).toList());
		model.addAttribute("news", items.stream().filter(i -> i.kind() == ItemKind.NEWS).toList());
		model.addAttribute("applications", applications.available());
		return "intranet/start";
	}

	@GetMapping("/intranet/mitteilungen/{id}")
	String show(@PathVariable UUID id, Model model) {
		SignedInAccount me = currentUser.require();
		Item item = noticeboard.find(me, id).orElseThrow(NotFound::new);
		Map<UUID, Optional<Acknowledgement>> confirmations = noticeboard.confirmations(me, item);
		Map<UUID, String> names = directory.institutions().stream()
			.collect(Collectors.toMap(Directory.InstitutionView::id, Directory.InstitutionView::name));
		model.addAttribute("entry", item);
		model.addAttribute("body", richText.html(item.body()));
		model.addAttribute("confirmations", confirmations.entrySet().stream()
			.map(e -> new Confirmation(names.getOrDefault(e.getKey(), ""), e.getValue().orElse(null)))
			.sorted(java.util.Comparator.comparing(Confirmation::institution))
			.toList());
		model.addAttribute("toConfirm", confirmations.values().stream().anyMatch(Optional::isEmpty));
		model.addAttribute("own", noticeboard.ownConfirmation(me, item));
		return "intranet/mitteilung";
	}

	@PostMapping("/intranet/mitteilungen/{id}/bestaetigen")
	String acknowledge(@PathVariable UUID id) {
		try {
			noticeboard.acknowledge(currentUser.require(), id);
		}
		catch (Noticeboard.NotVisible e) {
			throw new NotFound();
		}
		return "redirect:/intranet/mitteilungen/" + id + "?bestaetigt";
	}

	@GetMapping("/intranet/mitteilungen/{id}/anhaenge/{number}")
	ResponseEntity<Resource> attachment(@PathVariable UUID id, @PathVariable int number) {
		Library.Download download = noticeboard.attachment(currentUser.require(), id, number).orElseThrow(NotFound::new);
		return Downloads.attachment(download.document(), download.content());
	}

	/** One of the member's institutions and its confirmation, if given. */
	record Confirmation(String institution, @org.jspecify.annotations.Nullable Acknowledgement acknowledgement) {
	}
}
