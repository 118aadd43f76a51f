package de.amtsportal.intranet.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import de.amtsportal.documents.Downloads;
import de.amtsportal.documents.UploadRejected;

import de.amtsportal.identity.CurrentUser;
import de.amtsportal.identity.Directory;
import de.amtsportal.intranet.internal.AcknowledgementScope;
import de.amtsportal.intranet.internal.Item;
import de.amtsportal.intranet.internal.Library;
import de.amtsportal.intranet.internal.Publication;
import de.amtsportal.intranet.internal.RichText;

/**
 * {@code /amt/intranet}: the publisher's pages — all items, writing and editing drafts, publishing, and for a
 * circular the read confirmations of the addressed institutions with reminders and a CSV export.
 */
@Controller
class StaffItemPages {

	private final Publication publication;
	private final Directory directory;
	private final CurrentUser currentUser;
	private final RichText richText;
	private final AcknowledgementCsv csv;
	private final MessageSource messages;

	StaffItemPages(Publication publication, Directory directory, CurrentUser currentUser, RichText richText,
			AcknowledgementCsv csv, MessageSource messages) {
		this.messages = messages;
		this.publication = publication;
		this.directory = directory;
		this.currentUser = currentUser;
		this.richText = richText;
		this.csv = csv;
	}

	@GetMapping("/amt/intranet")
	String list(Model model) {
		model.addAttribute("items", publication.all());
		return "intranet/amt-mitteilungen";
	}

	@GetMapping("/amt/intranet/neu")
	String create(Model model) {
		return form(ItemInput.empty(), null, model);
	}

	@PostMapping("/amt/intranet/neu")
	String create(@ModelAttribute("item") ItemInput input, BindingResult errors, Model model) {
		return input.validate(errors, directory)
			.map(content -> "redirect:/amt/intranet/" + publication.draft(input.itemKind().orElseThrow(), content, currentUser.require().id()))
			.orElseGet(() -> form(input, null, model));
	}

	@GetMapping("/amt/intranet/{id}/bearbeiten")
	String edit(@PathVariable UUID id, Model model) {
		Item item = draft(id);
		return form(ItemInput.of(item), item, model);
	}

	@PostMapping("/amt/intranet/{id}/bearbeiten")
	String edit(@PathVariable UUID id, @ModelAttribute("item") ItemInput input, BindingResult errors, Model model) {
		Item item = draft(id);
		if (input.itemKind().filter(k -> k != item.kind()).isPresent()) {
			errors.rejectValue("kind", "intranet.item.error.kind");
		}
		return input.validate(errors, directory).filter(c -> !errors.hasErrors()).map(content -> {
			publication.edit(id, content);
			return "redirect:/amt/intranet/" + id;
		}).orElseGet(() -> form(input, item, model));
	}

	@GetMapping("/amt/intranet/{id}")
	String show(@PathVariable UUID id, Model model) {
		Item item = publication.find(id).orElseThrow(NotFound::new);
		model.addAttribute("entry", item);
		model.addAttribute("body", richText.html(item.body()));
		Map<UUID, String> names = institutionNames();
		model.addAttribute("audienceNames", item.audience().institutions().stream().map(i -> names.getOrDefault(i, "")).sorted().toList());
		if (item.asksEachPerson()) {
			model.addAttribute("personal", publication.personalOverview(id));
		}
		else if (item.asksForAcknowledgement()) {
			model.addAttribute("overview", publication.overview(id));
		}
		return "intranet/amt-mitteilung";
	}

	@PostMapping("/amt/intranet/{id}/veroeffentlichen")
	String publish(@PathVariable UUID id) {
		draft(id);
		publication.publish(id);
		return "redirect:/amt/intranet/" + id + "?veroeffentlicht";
	}

	/** Attaches a file to a draft; a refused file is named with its reason above the form. */
	@PostMapping("/amt/intranet/{id}/anhaenge")
	String attach(@PathVariable UUID id, @RequestParam(name = "datei", required = false) @Nullable MultipartFile file,
			Model model, Locale locale) {
		draft(id);
		if (file == null || file.isEmpty()) {
			model.addAttribute("attachmentError", messages.getMessage("intranet.library.error.file", null, locale));
			return show(id, model);
		}
		try (InputStream in = file.getInputStream()) {
			publication.attach(id, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), in, currentUser.require());
			return "redirect:/amt/intranet/" + id + "?angehaengt#anhaenge";
		}
		catch (UploadRejected rejected) {
			model.addAttribute("attachmentError", messages.getMessage(rejected.messageKey(), rejected.arguments(), locale));
			return show(id, model);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@GetMapping("/amt/intranet/{id}/anhaenge/{number}")
	ResponseEntity<Resource> attachment(@PathVariable UUID id, @PathVariable int number) {
		Library.Download download = publication.attachment(id, number).orElseThrow(NotFound::new);
		return Downloads.attachment(download.document(), download.content());
	}

	@PostMapping("/amt/intranet/{id}/erinnern")
	String remind(@PathVariable UUID id) {
		Item item = publication.find(id).filter(Item::asksForAcknowledgement).orElseThrow(NotFound::new);
		int reminded = publication.remind(item.id());
		return "redirect:/amt/intranet/" + id + "?erinnert=" + reminded + "#lesebestaetigungen";
	}

	@GetMapping("/amt/intranet/{id}/lesebestaetigungen.csv")
	ResponseEntity<String> export(@PathVariable UUID id, Locale locale) {
		Item item = publication.find(id).filter(Item::asksForAcknowledgement).orElseThrow(NotFound::new);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"lesebestaetigungen.csv\"")
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(item.asksEachPerson() ? csv.of(publication.personalOverview(item.id()), locale)
					: csv.of(publication.overview(item.id()), locale));
	}

	private Item draft(UUID id) {
		return publication.find(id).filter(i -> i.status() == Item.Status.DRAFT).orElseThrow(NotFound::new);
	}

	private String form(ItemInput input, Item existing, Model model) {
		model.addAttribute("item", input);
		model.addAttribute("existing", existing);
		model.addAttribute("institutions", directory.institutions());
		model.addAttribute("groups", directory.targetGroups());
		model.addAttribute("scopes", AcknowledgementScope.values());
		model.addAttribute("kinds", java.util.List.of(de.amtsportal.intranet.ItemKind.CIRCULAR, de.amtsportal.intranet.ItemKind.NEWS));
		return "intranet/amt-mitteilung-bearbeiten";
	}

	private Map<UUID, String> institutionNames() {
		return directory.institutions().stream()
			.collect(Collectors.toMap(Directory.InstitutionView::id, Directory.InstitutionView::name));
	}
}
