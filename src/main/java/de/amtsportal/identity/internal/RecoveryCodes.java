package de.amtsportal.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecoveryCodes extends JpaRepository<RecoveryCode, UUID> {

	Optional<RecoveryCode> findByAccountIdAndCodeHash(UUID accountId, String codeHash);

	List<RecoveryCode> findByAccountId(UUID accountId);

	void deleteByAccountId(UUID accountId);
}
