package de.amtsportal.decisions.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionTemplates extends JpaRepository<DecisionTemplate, UUID> {

	Optional<DecisionTemplate> findByServiceIdAndLanguage(UUID serviceId, String language);

	List<DecisionTemplate> findByServiceId(UUID serviceId);
}
