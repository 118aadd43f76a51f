package de.amtsportal.audit.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last entry's number and hash; a single row that writers lock to append in order. */
@Entity
@Table(name = "audit_chain_head")
class ChainHead {

	@Id
	private int id;
	private long lastSeq;
	private String lastHash = "";

	protected ChainHead() {
	}

	long lastSeq() {
		return lastSeq;
	}

	String lastHash() {
		return lastHash;
	}

	void advance(long seq, String hash) {
		this.lastSeq = seq;
		this.lastHash = hash;
	}
}
