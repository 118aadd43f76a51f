package de.amtsportal.open311.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiKeys extends JpaRepository<ApiKey, UUID> {

	Optional<ApiKey> findByKeyHash(String keyHash);

	List<ApiKey> findAllByOrderByCreatedAtDesc();
}
