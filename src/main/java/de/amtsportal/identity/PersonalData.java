package de.amtsportal.identity;

/**
 * A module that keeps personal data about account holders implements this, so that the account's data
 * export contains it and deleting the account erases it — in the same transaction as the deletion.
 */
public interface PersonalData {

	/** The name of this module's section in the export. */
	String section();

	/** This module's data about the account, as JSON-friendly maps, lists and strings. */
	Object export(AccountId account);

	/** Removes or anonymises this module's data about the account. */
	void erase(AccountId account);
}
