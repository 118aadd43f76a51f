package de.amtsportal.reports.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.amtsportal.identity.Directory;
import de.amtsportal.identity.OrgUnitView;
import de.amtsportal.reports.internal.AreaAdministration;
import de.amtsportal.reports.internal.InvalidArea;

/**
 * {@code /amt/admin/meldegebiete}: the areas in which org units handle reports. An upload replaces a unit's area;
 * a file that cannot be used is refused with the reason and the previous area stays as it was.
 */
@Controller
class AreaPages {

	private static final String LIST = "/amt/admin/meldegebiete";

	private final AreaAdministration administration;
	private final Directory directory;
	private final MessageSource messages;

	AreaPages(AreaAdministration administration, Directory directory, MessageSource messages) {
		this.administration = administration;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping(LIST)
	String list(Model model) {
		model.addAttribute("units", directory.orgUnits());
		model.addAttribute("areas", administration.all().stream().collect(Collectors.toMap(a -> a.orgUnit(), a -> a)));
		return "reports/admin/meldegebiete";
	}

	@GetMapping(LIST + "/{unit}")
	String form(@PathVariable UUID unit, Model model) {
		OrgUnitView orgUnit = unit(unit);
		Set<String> chosen = administration.of(unit).map(a -> a.categories()).orElse(Set.of());
		return page(orgUnit, chosen, null, model);
	}

	@PostMapping(LIST + "/{unit}")
	String upload(@PathVariable UUID unit, @RequestParam(name = "datei", required = false) MultipartFile file,
			@RequestParam(name = "kategorien", required = false) List<String> categories, Model model, Locale locale,
			RedirectAttributes flash) throws IOException {
		OrgUnitView orgUnit = unit(unit);
		Set<String> chosen = new LinkedHashSet<>(categories == null ? List.of() : categories);
		try {
			var area = administration.upload(unit, file == null ? new byte[0] : file.getBytes(), chosen);
			flash.addFlashAttribute("saved", messages.getMessage("reports.area.saved", new Object[] { orgUnit.name(), area.polygons() }, locale));
			return "redirect:" + LIST;
		}
		catch (InvalidArea invalid) {
			return page(orgUnit, chosen, describe(invalid, locale), model);
		}
	}

	@PostMapping(LIST + "/{unit}/entfernen")
	String remove(@PathVariable UUID unit, Locale locale, RedirectAttributes flash) {
		OrgUnitView orgUnit = unit(unit);
		administration.remove(unit);
		flash.addFlashAttribute("saved", messages.getMessage("reports.area.removed", new Object[] { orgUnit.name() }, locale));
		return "redirect:" + LIST;
	}

	private String page(OrgUnitView unit, Set<String> chosen, @Nullable String problem, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("area", administration.of(unit.id()).orElse(null));
		model.addAttribute("categories", administration.categories());
		model.addAttribute("chosen", chosen);
		model.addAttribute("problem", problem);
		model.addAttribute("categoryProblem", problem != null && chosen.isEmpty());
		return "reports/admin/meldegebiet";
	}

	/** The problem in the reader's language; arguments that are message keys are translated as well. */
	private String describe(InvalidArea invalid, Locale locale) {
		Object[] arguments = Arrays.stream(invalid.arguments())
			.map(a -> a instanceof String key && key.startsWith("reports.") ? messages.getMessage(key, null, locale) : a)
			.toArray();
		return messages.getMessage(invalid.messageKey(), arguments, locale);
	}

	private OrgUnitView unit(UUID id) {
		return directory.orgUnit(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
