package de.amtsportal.intranet.web;

import java.util.List;
import java.util.Optional;

import org.springframework.validation.BindingResult;

import de.amtsportal.identity.Directory;
import de.amtsportal.intranet.internal.Audience;
import de.amtsportal.intranet.internal.Item;

/** What the publisher's library form binds: a document's title, description, folder and audience. */
record DocumentInput(String title, String description, String folder, Boolean allInstitutions, List<String> institutions,
		List<String> groups) {

	static final int MAX_FOLDER = 100;
	static final int MAX_DESCRIPTION = 2000;

	DocumentInput {
		title = title == null ? "" : title.strip();
		description = description == null ? "" : description.strip();
		folder = folder == null ? "" : folder.strip();
		allInstitutions = Boolean.TRUE.equals(allInstitutions);
		institutions = institutions == null ? List.of() : List.copyOf(institutions);
		groups = groups == null ? List.of() : List.copyOf(groups);
	}

	static DocumentInput empty() {
		return new DocumentInput("", "", "", false, List.of(), List.of());
	}

	static DocumentInput of(Item document) {
		Item.Content c = document.content();
		return new DocumentInput(c.title(), c.body(), document.folder() == null ? "" : document.folder(),
				c.audience().allInstitutions(), c.audience().institutions().stream().map(java.util.UUID::toString).toList(),
				List.copyOf(c.audience().targetGroups()));
	}

	Optional<Item.Content> validate(BindingResult errors, Directory directory) {
		if (title.isEmpty() || title.length() > ItemInput.MAX_TITLE) {
			errors.rejectValue("title", "intranet.item.error.title", new Object[] { ItemInput.MAX_TITLE }, null);
		}
		if (description.length() > MAX_DESCRIPTION) {
			errors.rejectValue("description", "intranet.library.error.description", new Object[] { MAX_DESCRIPTION }, null);
		}
		if (folder.isEmpty() || folder.length() > MAX_FOLDER) {
			errors.rejectValue("folder", "intranet.library.error.folder", new Object[] { MAX_FOLDER }, null);
		}
		Audience audience = ItemInput.audience(allInstitutions, institutions, groups, errors, directory);
		if (errors.hasErrors() || audience == null) {
			return Optional.empty();
		}
		return Optional.of(new Item.Content(title, description, null, null, false, audience));
	}
}
