package de.amtsportal.intranet;

import org.springframework.context.ApplicationContext;

import de.amtsportal.access.Role;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.Membership;
import de.amtsportal.identity.internal.Organisation;
import de.amtsportal.identity.internal.TestAccounts;

/** Two schools and a publisher of the school supervision, with members made per test. */
final class IntranetPeople {

	final TestAccounts accounts;
	final Organisation technik;
	final Organisation wirtschaft;
	final Account publisher;

	IntranetPeople(ApplicationContext context) {
		this.accounts = new TestAccounts(context);
		this.technik = accounts.institution("OSZ Technik");
		this.wirtschaft = accounts.institution("OSZ Wirtschaft");
		this.publisher = accounts.create(TestAccounts.unique("schulaufsicht"), Membership.global(Role.FORM_EDITOR));
	}

	Account member(Organisation school, String group) {
		return accounts.member(TestAccounts.unique(group.toLowerCase(java.util.Locale.ROOT)), school.id(), group);
	}
}
