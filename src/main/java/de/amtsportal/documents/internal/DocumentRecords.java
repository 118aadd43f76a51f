package de.amtsportal.documents.internal;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface DocumentRecords extends CrudRepository<DocumentRecord, UUID> {

	@Query("select d.id from DocumentRecord d where d.id in :ids")
	Set<UUID> existing(Collection<UUID> ids);
}
