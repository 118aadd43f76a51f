package de.amtsportal.forms.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import de.amtsportal.forms.FormVersionStatus;
import de.amtsportal.forms.definition.DefinitionEditor;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.internal.FormManagement;
import de.amtsportal.forms.internal.FormNotFound;
import de.amtsportal.forms.internal.FormVersion;
import de.amtsportal.forms.internal.ReviewComment;
import de.amtsportal.identity.AccountId;
import de.amtsportal.identity.Directory;

/**
 * {@code /amt/formulare/{form}/versionen/{version}}: where a version stands, what the signed-in person can do
 * with it now, the reviewer's comments by page and question with the editor's replies, and all versions.
 */
@Controller
class VersionPage {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	/** A line of the versions table; {@code previous} is the number to compare with. */
	record VersionRow(UUID id, int number, FormVersionStatus status, String statusLabel, String edited, @Nullable String published,
			@Nullable Integer previous, boolean current) {
	}

	/** Comments about one thing: the whole form, a page or a question. */
	record CommentGroup(String about, List<CommentView> comments) {
	}

	record CommentView(UUID id, int number, String text, String author, String written, @Nullable String reply,
			@Nullable String repliedBy, @Nullable String replied) {
	}

	private final BuilderPages pages;
	private final FormManagement management;
	private final Directory directory;
	private final MessageSource messages;

	VersionPage(BuilderPages pages, FormManagement management, Directory directory, MessageSource messages) {
		this.pages = pages;
		this.management = management;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/amt/formulare/{formId}")
	String latest(@PathVariable UUID formId) {
		FormVersion latest = management.versions(formId).stream().findFirst().orElseThrow(FormNotFound::new);
		return "redirect:" + BuilderPages.base(formId, latest.id());
	}

	@GetMapping("/amt/formulare/{formId}/versionen/{versionId}")
	String show(@PathVariable UUID formId, @PathVariable UUID versionId, Model model, Locale locale) {
		BuilderPages.Loaded loaded = pages.load(formId, versionId);
		FormVersion version = loaded.version();
		pages.describe(model, loaded, locale);
		model.addAttribute("steps", management.steps(versionId));
		model.addAttribute("statusLabel", pages.words().status(version.status(), locale));
		model.addAttribute("unit", directory.orgUnit(loaded.form().responsibleUnitId()).map(u -> u.name()).orElse("–"));
		model.addAttribute("audience", messages.getMessage("forms.builder.audience." + loaded.form().audience().name(), null, locale));
		model.addAttribute("createdBy", name(version.createdBy()));
		model.addAttribute("created", when(version.createdAt()));
		model.addAttribute("editedBy", name(version.lastEditedBy()));
		model.addAttribute("edited", when(version.lastEditedAt()));
		model.addAttribute("decidedBy", version.decidedBy() == null ? null : name(version.decidedBy()));
		model.addAttribute("decided", version.decidedAt() == null ? null : when(version.decidedAt()));
		model.addAttribute("published", version.publishedAt() == null ? null : when(version.publishedAt()));
		model.addAttribute("pageCount", loaded.definition().pages().size());
		model.addAttribute("fieldCount", loaded.definition().paths().size());

		List<FormVersion> all = management.versions(formId);
		List<VersionRow> rows = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			FormVersion each = all.get(i);
			rows.add(new VersionRow(each.id(), each.number(), each.status(), pages.words().status(each.status(), locale), when(each.lastEditedAt()),
					each.publishedAt() == null ? null : when(each.publishedAt()), i + 1 < all.size() ? all.get(i + 1).number() : null,
					each.id().equals(versionId)));
		}
		model.addAttribute("versions", rows);
		model.addAttribute("previousNumber", rows.stream().filter(VersionRow::current).findFirst().map(VersionRow::previous).orElse(null));
		model.addAttribute("commentGroups", comments(loaded.definition(), management.comments(versionId), locale));
		return "forms/builder/version";
	}

	private List<CommentGroup> comments(FormDefinition definition, List<ReviewComment> comments, Locale locale) {
		Map<String, List<CommentView>> groups = new LinkedHashMap<>();
		int number = 0;
		for (ReviewComment comment : comments) {
			number++;
			String about = about(definition, comment.target(), locale);
			groups.computeIfAbsent(about, key -> new ArrayList<>()).add(new CommentView(comment.id(), number, comment.text(),
					name(comment.author()), when(comment.createdAt()), comment.reply(),
					comment.repliedBy() == null ? null : name(comment.repliedBy()), comment.repliedAt() == null ? null : when(comment.repliedAt())));
		}
		return groups.entrySet().stream().map(e -> new CommentGroup(e.getKey(), e.getValue())).toList();
	}

	/** What a comment is about, in words: the whole form, "Seite „Fahrzeug“", "Frage „Amtliches Kennzeichen“". */
	private String about(FormDefinition definition, @Nullable String target, Locale locale) {
		if (target == null) {
			return messages.getMessage("forms.builder.comments.whole", null, locale);
		}
		var page = definition.page(target);
		if (page.isPresent()) {
			return messages.getMessage("forms.builder.comments.page", new Object[] { page.get().title().in(locale) }, locale);
		}
		return DefinitionEditor.locate(definition, target)
			.map(l -> messages.getMessage("forms.builder.comments.field", new Object[] { l.field().label().in(locale) }, locale))
			.orElseGet(() -> messages.getMessage("forms.builder.comments.field", new Object[] { target }, locale));
	}

	private String name(String accountId) {
		try {
			return directory.person(AccountId.of(accountId)).map(Directory.Person::displayName).orElse("–");
		}
		catch (IllegalArgumentException notAnAccount) {
			return "–";
		}
	}

	static String when(Instant instant) {
		return WHEN.format(instant.atZone(BERLIN));
	}
}
