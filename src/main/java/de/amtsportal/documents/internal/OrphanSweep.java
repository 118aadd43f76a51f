package de.amtsportal.documents.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import de.amtsportal.documents.storage.DocumentStorage;

/**
 * Removes stored bytes that no metadata row describes — left behind when a process died between storing a
 * file and committing its row, or before deleting a file whose row was deleted. Only objects older than
 * {@code amtsportal.documents.orphan-age} (a day) count, so an upload whose transaction is still running is
 * never touched. One instance at a time (ShedLock).
 */
@Component
public class OrphanSweep {

	private static final Logger log = LoggerFactory.getLogger(OrphanSweep.class);
	private static final int BATCH = 500;

	private final DocumentStorage storage;
	private final DocumentRecords records;
	private final DocumentStore store;
	private final DocumentsProperties properties;
	private final Clock clock;

	OrphanSweep(DocumentStorage storage, DocumentRecords records, DocumentStore store, DocumentsProperties properties,
			Clock clock) {
		this.storage = storage;
		this.records = records;
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${amtsportal.documents.orphan-sweep-interval:PT6H}", initialDelayString = "PT10M")
	@SchedulerLock(name = "documents-orphan-sweep", lockAtMostFor = "PT2H")
	public void sweep() {
		Instant before = clock.instant().minus(properties.orphanAge());
		List<UUID> candidates = new ArrayList<>();
		int[] removed = { 0 };
		try {
			storage.forEach(object -> {
				if (object.lastModified().isBefore(before)) {
					candidates.add(object.key());
					if (candidates.size() == BATCH) {
						removed[0] += removeOrphans(candidates);
						candidates.clear();
					}
				}
			});
		}
		catch (IOException e) {
			log.warn("Orphan sweep could not list the document storage: {}", e.toString());
		}
		removed[0] += removeOrphans(candidates);
		if (removed[0] > 0) {
			log.info("Orphan sweep removed {} stored files without metadata", removed[0]);
		}
	}

	private int removeOrphans(List<UUID> candidates) {
		if (candidates.isEmpty()) {
			return 0;
		}
		Set<UUID> described = records.existing(candidates);
		int removed = 0;
		for (UUID key : candidates) {
			if (!described.contains(key)) {
				store.deleteQuietly(key);
				removed++;
			}
		}
		return removed;
	}
}
