package de.amtsportal.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountTokens extends JpaRepository<AccountToken, UUID> {

	Optional<AccountToken> findByTokenHash(String tokenHash);

	List<AccountToken> findByAccountIdAndPurpose(UUID accountId, AccountToken.Purpose purpose);

	void deleteByAccountId(UUID accountId);
}
