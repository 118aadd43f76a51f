package de.amtsportal.audit.internal;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ChainHeads extends JpaRepository<ChainHead, Integer> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select h from ChainHead h where h.id = 1")
	ChainHead lockHead();
}
