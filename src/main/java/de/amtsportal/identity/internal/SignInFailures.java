package de.amtsportal.identity.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInFailures extends JpaRepository<SignInFailure, UUID> {

	long countByClientAddressAndOccurredAtAfter(String clientAddress, Instant after);

	@Modifying
	@Query("delete from SignInFailure f where f.occurredAt < :before")
	int deleteOlderThan(Instant before);
}
