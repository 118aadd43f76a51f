package de.amtsportal.intranet.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Acknowledgements extends JpaRepository<Acknowledgement, Acknowledgement.Key> {

	List<Acknowledgement> findByItemId(UUID itemId);
}
