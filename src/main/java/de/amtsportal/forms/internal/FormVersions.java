package de.amtsportal.forms.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import de.amtsportal.forms.FormVersionStatus;

interface FormVersions extends JpaRepository<FormVersion, UUID> {

	List<FormVersion> findByFormIdOrderByNumberDesc(UUID formId);

	Optional<FormVersion> findFirstByFormIdAndStatus(UUID formId, FormVersionStatus status);

	Optional<FormVersion> findFirstByFormIdOrderByNumberDesc(UUID formId);

	/** Only the id: the definition, a large text, is read once per version by {@code Forms}. */
	@Query("select v.id from FormVersion v where v.formId = :formId and v.status = de.amtsportal.forms.FormVersionStatus.PUBLISHED")
	Optional<UUID> findPublishedId(UUID formId);

	List<FormVersion> findByStatusIn(Collection<FormVersionStatus> statuses);
}
