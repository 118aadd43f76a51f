package de.amtsportal.identity;

import java.io.Serializable;
import java.util.UUID;

/** Identifies an account; what other modules store to refer to a person. */
public record AccountId(UUID value) implements Serializable {

	public static AccountId of(String value) {
		return new AccountId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
