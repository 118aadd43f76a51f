package de.amtsportal.forms.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import de.amtsportal.forms.FormVersionStatus;

interface FormVersions extends JpaRepository<FormVersion, UUID> {

	List<FormVersion> findByFormIdOrderByNumberDesc(UUID formId);

	Optional<FormVersion> findFirstByFormIdAndStatus(UUID formId, FormVersionStatus status);

	Optional<FormVersion> findFirstByFormIdOrderByNumberDesc(UUID formId);

	List<FormVersion> findByStatusIn(Collection<FormVersionStatus> statuses);
}
