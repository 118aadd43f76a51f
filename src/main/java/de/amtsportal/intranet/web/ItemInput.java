package de.amtsportal.intranet.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import de.amtsportal.identity.Directory;
import de.amtsportal.intranet.ItemKind;
import de.amtsportal.intranet.internal.AcknowledgementScope;
import de.amtsportal.intranet.internal.Audience;
import de.amtsportal.intranet.internal.Item;

/**
 * What the publisher's form binds, all as text: a wrong choice or date is a message at its field, not a failed
 * request. Dates come as ISO days ({@code 2026-12-01}) from date fields, which browsers without date pickers show
 * as text fields.
 */
record ItemInput(String kind, String title, String body, String validFrom, String validUntil, Boolean acknowledgement,
		String acknowledgementScope, Boolean allInstitutions, List<String> institutions, List<String> groups) {

	/** ISO from date fields; the German way when typed into a browser without a date picker. */
	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

	static final int MAX_TITLE = 200;
	static final int MAX_BODY = 20000;

	ItemInput {
		kind = kind == null ? "" : kind;
		// an unticked checkbox sends nothing
		acknowledgement = Boolean.TRUE.equals(acknowledgement);
		acknowledgementScope = acknowledgementScope == null ? AcknowledgementScope.INSTITUTION.name() : acknowledgementScope;
		allInstitutions = Boolean.TRUE.equals(allInstitutions);
		title = title == null ? "" : title.strip();
		body = body == null ? "" : body.strip();
		validFrom = validFrom == null ? "" : validFrom.strip();
		validUntil = validUntil == null ? "" : validUntil.strip();
		institutions = institutions == null ? List.of() : List.copyOf(institutions);
		groups = groups == null ? List.of() : List.copyOf(groups);
	}

	static ItemInput empty() {
		return new ItemInput(ItemKind.CIRCULAR.name(), "", "", "", "", true, AcknowledgementScope.INSTITUTION.name(), false,
				List.of(), List.of());
	}

	static ItemInput of(Item item) {
		Item.Content c = item.content();
		return new ItemInput(item.kind().name(), c.title(), c.body(), c.validFrom() == null ? "" : c.validFrom().toString(),
				c.validUntil() == null ? "" : c.validUntil().toString(), c.acknowledgementRequired(), c.acknowledgementScope().name(),
				c.audience().allInstitutions(), c.audience().institutions().stream().map(UUID::toString).toList(),
				List.copyOf(c.audience().targetGroups()));
	}

	Optional<ItemKind> itemKind() {
		return java.util.Arrays.stream(ItemKind.values()).filter(k -> k.isMessage() && k.name().equals(kind)).findFirst();
	}

	/** The content, or empty with each problem recorded at its field. */
	Optional<Item.Content> validate(BindingResult errors, Directory directory) {
		if (itemKind().isEmpty()) {
			errors.rejectValue("kind", "intranet.item.error.kind");
		}
		if (title.isEmpty() || title.length() > MAX_TITLE) {
			errors.rejectValue("title", "intranet.item.error.title", new Object[] { MAX_TITLE }, null);
		}
		if (body.isEmpty() || body.length() > MAX_BODY) {
			errors.rejectValue("body", "intranet.item.error.body", new Object[] { MAX_BODY }, null);
		}
		LocalDate from = date("validFrom", validFrom, errors);
		LocalDate until = date("validUntil", validUntil, errors);
		if (from != null && until != null && until.isBefore(from)) {
			errors.rejectValue("validUntil", "intranet.item.error.valid-until-before");
		}
		if (acknowledgement && itemKind().filter(k -> k == ItemKind.NEWS).isPresent()) {
			errors.rejectValue("acknowledgement", "intranet.item.error.acknowledgement-news");
		}
		Optional<AcknowledgementScope> scope = java.util.Arrays.stream(AcknowledgementScope.values())
			.filter(s -> s.name().equals(acknowledgementScope)).findFirst();
		if (scope.isEmpty()) {
			errors.rejectValue("acknowledgementScope", "intranet.item.error.acknowledgement-scope");
		}
		Audience audience = audience(allInstitutions, institutions, groups, errors, directory);
		if (errors.hasErrors() || audience == null) {
			return Optional.empty();
		}
		return Optional.of(new Item.Content(title, body, from, until, acknowledgement, scope.orElseThrow(), audience));
	}

	/** The institutions and groups chosen on a publisher's form, or null with the problems recorded at their fields. */
	static @Nullable Audience audience(boolean allInstitutions, List<String> institutions, List<String> groups,
			BindingResult errors, Directory directory) {
		Set<UUID> chosen = new HashSet<>();
		Set<UUID> known = new HashSet<>(directory.institutions().stream().map(Directory.InstitutionView::id).toList());
		for (String institution : institutions) {
			try {
				UUID id = UUID.fromString(institution);
				if (!known.contains(id)) {
					throw new IllegalArgumentException(institution);
				}
				chosen.add(id);
			}
			catch (IllegalArgumentException unknown) {
				errors.rejectValue("institutions", "intranet.item.error.institutions");
				break;
			}
		}
		if (!allInstitutions && chosen.isEmpty() && !errors.hasFieldErrors("institutions")) {
			errors.rejectValue("institutions", "intranet.item.error.institutions");
		}
		boolean groupsValid = !groups.isEmpty() && directory.targetGroups().containsAll(groups);
		if (!groupsValid) {
			errors.rejectValue("groups", "intranet.item.error.groups");
		}
		if (errors.hasFieldErrors("institutions") || !groupsValid) {
			return null;
		}
		return new Audience(allInstitutions, allInstitutions ? Set.of() : chosen, Set.copyOf(groups));
	}

	private static @Nullable LocalDate date(String field, String value, BindingResult errors) {
		if (value.isEmpty()) {
			return null;
		}
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return LocalDate.parse(value, format);
			}
			catch (DateTimeParseException tryNext) {
				// the next format may fit
			}
		}
		errors.rejectValue(field, "intranet.item.error.date");
		return null;
	}
}
