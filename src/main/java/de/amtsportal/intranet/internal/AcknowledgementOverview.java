package de.amtsportal.intranet.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Which addressed institutions have confirmed a circular, and which have not: the publisher's view. */
public record AcknowledgementOverview(List<Row> rows) {

	public record Row(UUID institution, String name, @Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy) {

		public boolean confirmed() {
			return acknowledgedAt != null;
		}
	}

	public long confirmed() {
		return rows.stream().filter(Row::confirmed).count();
	}

	public long open() {
		return rows.size() - confirmed();
	}

	public List<Row> pending() {
		return rows.stream().filter(r -> !r.confirmed()).toList();
	}
}
