package de.amtsportal.cases.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import de.amtsportal.cases.CaseStatus;
import de.amtsportal.cases.internal.InboxQuery;
import de.amtsportal.cases.internal.InboxQuery.Assignee;
import de.amtsportal.cases.internal.InboxQuery.Order;

/**
 * The inbox's filters as the query string carries them, in the words of the page: {@code status} (repeatable;
 * none: the open cases), {@code leistung}, {@code zustaendig} ({@code ich}, {@code niemand} or a colleague's id),
 * {@code faellig} (due by), {@code suche}, {@code sortierung}, {@code seite}. Unknown values fall back to the default.
 */
record InboxFilter(@Nullable List<String> status, @Nullable String leistung, @Nullable String zustaendig,
		@Nullable String faellig, @Nullable String suche, @Nullable String sortierung, @Nullable Integer seite) {

	static final int MAX_TEXT = 100;

	Set<CaseStatus> statuses() {
		Set<CaseStatus> chosen = EnumSet.noneOf(CaseStatus.class);
		if (status != null) {
			status.forEach(s -> {
				for (CaseStatus candidate : CaseStatus.values()) {
					if (candidate.name().equals(s)) {
						chosen.add(candidate);
					}
				}
			});
		}
		return chosen.isEmpty() ? CaseStatus.open() : chosen;
	}

	public boolean shows(CaseStatus s) {
		return status != null && status.contains(s.name());
	}

	@Nullable UUID service() {
		return uuid(leistung);
	}

	Order order() {
		return "aelteste".equals(sortierung) ? Order.OLDEST : "frist".equals(sortierung) ? Order.DUE : Order.NEWEST;
	}

	String text() {
		String text = suche == null ? "" : suche.strip();
		return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
	}

	InboxQuery query(Set<UUID> units, UUID me) {
		Assignee assignee = Assignee.ANYONE;
		UUID account = null;
		if ("ich".equals(zustaendig)) {
			assignee = Assignee.ME;
			account = me;
		}
		else if ("niemand".equals(zustaendig)) {
			assignee = Assignee.NOBODY;
		}
		else if (uuid(zustaendig) != null) {
			assignee = Assignee.ACCOUNT;
			account = uuid(zustaendig);
		}
		return new InboxQuery(units, statuses(), service(), assignee, account, dueBy(), text(), order(),
				seite == null ? 0 : Math.max(0, seite));
	}

	@Nullable LocalDate dueBy() {
		return CaseInputs.date(faellig);
	}

	private static @Nullable UUID uuid(@Nullable String value) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value);
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}
}
