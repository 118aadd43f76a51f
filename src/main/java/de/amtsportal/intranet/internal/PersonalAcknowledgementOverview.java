package de.amtsportal.intranet.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * For a circular asked of each person: per addressed institution, its addressed members now (so a member who joined
 * after publication counts) and those who confirmed for it and have left since; who has confirmed and who has not.
 * For the publishing authority's staff only: it names the members.
 */
public record PersonalAcknowledgementOverview(List<Institution> institutions) {

	public record Institution(UUID id, String name, List<Person> persons) {

		public long confirmed() {
			return persons.stream().filter(Person::confirmed).count();
		}
	}

	/** An addressed person with their target groups (keys) in the institution. */
	public record Person(UUID account, String name, List<String> targetGroups, @Nullable Instant acknowledgedAt) {

		public boolean confirmed() {
			return acknowledgedAt != null;
		}
	}

	public long confirmed() {
		return institutions.stream().mapToLong(Institution::confirmed).sum();
	}

	public long persons() {
		return institutions.stream().mapToLong(i -> i.persons().size()).sum();
	}

	/** The accounts not confirmed yet, each once even when addressed in two institutions. */
	public List<UUID> pending() {
		return institutions.stream().flatMap(i -> i.persons().stream()).filter(p -> !p.confirmed())
			.map(Person::account).distinct().toList();
	}
}
