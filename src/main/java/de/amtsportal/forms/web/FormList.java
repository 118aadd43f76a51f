package de.amtsportal.forms.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.amtsportal.forms.FormVersionStatus;
import de.amtsportal.forms.internal.FormManagement;
import de.amtsportal.forms.internal.FormManagement.FormSummary;
import de.amtsportal.identity.Directory;
import de.amtsportal.identity.OrgUnitView;

/** {@code /amt/formulare}: all forms with their latest version's status and the published version. */
@Controller
class FormList {

	private static final int PAGE_SIZE = 25;

	/** One line of the table. */
	record Row(UUID formId, UUID latestId, String title, String unit, String audience, int latest, FormVersionStatus status,
			String statusLabel, @Nullable Integer published) {
	}

	private final FormManagement management;
	private final Directory directory;
	private final DefinitionWords words;
	private final MessageSource messages;

	FormList(FormManagement management, Directory directory, DefinitionWords words, MessageSource messages) {
		this.management = management;
		this.directory = directory;
		this.words = words;
		this.messages = messages;
	}

	@GetMapping("/amt/formulare")
	String list(@RequestParam(name = "page", defaultValue = "0") int page, Model model, Locale locale) {
		Map<UUID, String> units = directory.orgUnits().stream().collect(Collectors.toMap(OrgUnitView::id, OrgUnitView::name));
		List<FormSummary> forms = management.overview();
		List<Row> rows = forms.stream().map(summary -> new Row(summary.form().id(), summary.latest().id(),
				"en".equals(locale.getLanguage()) && summary.form().titleEn() != null ? summary.form().titleEn() : summary.form().titleDe(),
				units.getOrDefault(summary.form().responsibleUnitId(), "–"),
				messages.getMessage("forms.builder.audience." + summary.form().audience().name(), null, locale),
				summary.latest().number(), summary.latest().status(), words.status(summary.latest().status(), locale),
				summary.publishedNumber())).toList();
		int number = Math.max(0, Math.min(page, Math.max(0, (rows.size() - 1) / PAGE_SIZE)));
		List<Row> shown = rows.subList(Math.min(number * PAGE_SIZE, rows.size()), Math.min((number + 1) * PAGE_SIZE, rows.size()));
		model.addAttribute("forms", new PageImpl<>(shown, PageRequest.of(number, PAGE_SIZE), rows.size()));
		return "forms/builder/formulare";
	}
}
