package de.amtsportal.identity;

/** An account was deleted at its holder's request; every module removes that person's data. */
public record AccountDeleted(AccountId accountId) {
}
