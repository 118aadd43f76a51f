package de.amtsportal.intranet.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonalAcknowledgements extends JpaRepository<PersonalAcknowledgement, PersonalAcknowledgement.Key> {

	List<PersonalAcknowledgement> findByItemId(UUID itemId);

	List<PersonalAcknowledgement> findByItemIdAndAccountId(UUID itemId, UUID accountId);
}
