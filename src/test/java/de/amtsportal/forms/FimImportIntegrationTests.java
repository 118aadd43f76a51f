package de.amtsportal.forms;

import java.io.InputStream;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import de.amtsportal.access.Role;
import de.amtsportal.forms.definition.FormDefinitionJson;
import de.amtsportal.forms.fim.ImportFailed;
import de.amtsportal.forms.internal.FimImports;
import de.amtsportal.forms.internal.FimImports.ImportedDraft;
import de.amtsportal.forms.internal.FormManagement;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.Membership;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A form editor uploads a FIM schema and gets a draft to review; a broken file leaves no form behind. */
@IntegrationTest
class FimImportIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	FimImports imports;

	@Autowired
	FormManagement management;

	@Test
	void aSchemaBecomesTheFirstDraftOfANewForm() throws Exception {
		TestAccounts people = new TestAccounts(context);
		OrgUnit registry = people.unit("Bürgeramt");
		Account editor = people.create("fim-redaktion@teststadt.example", Membership.global(Role.FORM_EDITOR));

		ImportedDraft imported = as(editor, () -> imports.createDraft(schema("v3/wohnungsgeberbestaetigung.xml"),
				"wohnungsgeberbestaetigung", registry.id(), Audience.PUBLIC));

		assertThat(imported.draft().number()).isEqualTo(1);
		assertThat(imported.draft().status()).isEqualTo(FormVersionStatus.DRAFT);
		assertThat(FormDefinitionJson.read(as(editor, () -> management.version(imported.draft().id())).definition()))
			.isEqualTo(imported.result().definition());
		assertThat(as(editor, () -> management.overview())).filteredOn(s -> s.form().id().equals(imported.draft().formId()))
			.singleElement().satisfies(summary -> assertThat(summary.form().titleDe()).isEqualTo("Bestätigung des Wohnungsgebers"));
		assertThat(imported.result().warnings()).as("what the editor must look at comes back with the draft").isNotEmpty();
		assertThat(imported.result().fimIds()).containsEntry("wohnungsgeber.familienname", "F99000111V1.1.0");
	}

	@Test
	void aBrokenSchemaCreatesNothing() throws Exception {
		TestAccounts people = new TestAccounts(context);
		OrgUnit water = people.unit("Wasserbehörde");
		Account editor = people.create("fim-wasser@teststadt.example", Membership.global(Role.FORM_EDITOR));
		int before = as(editor, () -> management.overview()).size();

		assertThatThrownBy(() -> as(editor, () -> imports.createDraft(schema("broken/unbekannter-datentyp.xml"), "erstattung",
				water.id(), Audience.PUBLIC)))
			.isInstanceOf(ImportFailed.class)
			.satisfies(e -> assertThat(((ImportFailed) e).problems()).hasSize(3));
		assertThat(as(editor, () -> management.overview())).hasSize(before);
	}

	@Test
	void onlyFormEditorsMayImport() throws Exception {
		TestAccounts people = new TestAccounts(context);
		OrgUnit water = people.unit("Untere Wasserbehörde (Import)");
		Account reviewer = people.create("fim-pruefung@teststadt.example", Membership.inUnit(Role.REVIEWER, water.id()));

		assertThatThrownBy(() -> as(reviewer, () -> imports.createDraft(schema("v2/brunnenbohrung.xml"), "brunnen-fim",
				water.id(), Audience.PUBLIC)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private static InputStream schema(String file) {
		return FimImportIntegrationTests.class.getResourceAsStream("/fim/" + file);
	}

	private <T> T as(Account account, Callable<T> action) throws Exception {
		var previous = SecurityContextHolder.getContext();
		try {
			SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
			var principal = new TestAccounts(context).principal(account);
			SecurityContextHolder.getContext().setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
			return action.call();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
