package de.amtsportal.cases.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import de.amtsportal.cases.CaseStatus;

/**
 * What the inbox shows: cases of {@code units} with one of {@code statuses}, optionally of one service, of one
 * assignee ({@link Assignee}), due by a date, matching a text (the start of the reference number, or part of the applicant's name).
 */
public record InboxQuery(Set<UUID> units, Set<CaseStatus> statuses, @Nullable UUID service, Assignee assignee,
		@Nullable UUID assigneeAccount, @Nullable LocalDate dueBy, @Nullable String text, Order order, int page) {

	public static final int PAGE_SIZE = 25;
	/** Offsets stay small so every page is quick; further back, filters narrow the list. */
	public static final int MAX_PAGES = 40;

	public enum Assignee {
		ANYONE, ME, NOBODY, ACCOUNT
	}

	public enum Order {
		NEWEST, OLDEST, DUE
	}
}
