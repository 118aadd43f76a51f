package de.amtsportal.forms.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import de.amtsportal.forms.Audience;
import de.amtsportal.forms.fim.ImportFailed;
import de.amtsportal.forms.fim.ImportProblem;
import de.amtsportal.forms.internal.FimImports;
import de.amtsportal.forms.internal.FimImports.ImportedDraft;
import de.amtsportal.forms.internal.WorkflowViolation;
import de.amtsportal.identity.Directory;

/**
 * {@code /amt/formulare/fim-import}: a new form from a FIM XDatenfelder master data schema (2.0 or 3.0). Either the
 * whole file is imported as the first draft — with the points that need the editor's attention — or nothing is
 * stored and every problem of the file is listed with its place.
 */
@Controller
class FimImportPage {

	private static final String SLUG = "[a-z0-9][a-z0-9-]{2,79}";

	private final FimImports imports;
	private final Directory directory;
	private final MessageSource messages;

	FimImportPage(FimImports imports, Directory directory, MessageSource messages) {
		this.imports = imports;
		this.directory = directory;
		this.messages = messages;
	}

	/** A problem or warning of the file in words, with where it is. */
	record Finding(String message, String place) {
	}

	@GetMapping("/amt/formulare/fim-import")
	String form(Model model) {
		model.addAttribute("units", directory.orgUnits());
		return "forms/fim-import";
	}

	@PostMapping("/amt/formulare/fim-import")
	String upload(@RequestParam(name = "datei", required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String slug, @RequestParam(name = "fachbereich", defaultValue = "") String unit,
			@RequestParam(name = "zielgruppe", defaultValue = "PUBLIC") String audience, Model model, Locale locale)
			throws IOException {
		model.addAttribute("units", directory.orgUnits());
		model.addAttribute("slug", slug);
		model.addAttribute("unit", unit);
		UUID unitId = directory.orgUnits().stream().filter(u -> u.id().toString().equals(unit)).map(u -> u.id()).findFirst().orElse(null);
		String error = file == null || file.isEmpty() ? "forms.fim-import.error.file"
				: !slug.matches(SLUG) ? "forms.fim-import.error.slug" : unitId == null ? "forms.fim-import.error.unit" : null;
		if (error != null) {
			model.addAttribute("error", error);
			return "forms/fim-import";
		}
		Audience target = "INSTITUTIONS".equals(audience) ? Audience.INSTITUTIONS : Audience.PUBLIC;
		try (InputStream xml = file.getInputStream()) {
			ImportedDraft imported = imports.createDraft(xml, slug, unitId, target);
			model.addAttribute("draft", imported.draft());
			model.addAttribute("title", imported.result().definition().title().de());
			model.addAttribute("warnings", findings(imported.result().warnings(), locale));
			return "forms/fim-import-ergebnis";
		}
		catch (ImportFailed failed) {
			model.addAttribute("problems", findings(failed.problems(), locale));
			return "forms/fim-import";
		}
		catch (WorkflowViolation taken) {
			model.addAttribute("error", taken.messageKey());
			return "forms/fim-import";
		}
	}

	private List<Finding> findings(List<ImportProblem> problems, Locale locale) {
		return problems.stream().map(problem -> new Finding(
				messages.getMessage(problem.key(), problem.arguments().toArray(), problem.key(), locale),
				messages.getMessage("forms.fim-import.place", new Object[] { problem.line(), problem.path(),
						problem.fimId() == null ? "–" : problem.fimId() }, locale)))
			.toList();
	}
}
