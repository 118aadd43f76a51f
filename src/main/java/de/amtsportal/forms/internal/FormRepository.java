package de.amtsportal.forms.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface FormRepository extends JpaRepository<Form, UUID> {

	Optional<Form> findBySlug(String slug);

	boolean existsBySlug(String slug);
}
