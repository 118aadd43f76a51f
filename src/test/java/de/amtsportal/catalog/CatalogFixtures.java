package de.amtsportal.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import de.amtsportal.access.Role;
import de.amtsportal.catalog.internal.FeeKind;
import de.amtsportal.catalog.internal.Service;
import de.amtsportal.catalog.internal.ServiceContent;
import de.amtsportal.catalog.internal.ServiceEditing;
import de.amtsportal.catalog.internal.Texts;
import de.amtsportal.forms.Audience;
import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormPage;
import de.amtsportal.forms.definition.Text;
import de.amtsportal.forms.internal.FormManagement;
import de.amtsportal.forms.internal.FormVersion;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.Membership;
import de.amtsportal.identity.internal.TestAccounts;

/**
 * Services for tests, made the way an editor makes them: through {@link ServiceEditing} with the editor's
 * permissions, so checks, audit and indexing all run. Slugs get a random suffix because test classes share
 * the cached application context, its database and its search index.
 */
public class CatalogFixtures {

	private final ApplicationContext context;
	private final TestAccounts people;
	private final ServiceEditing editing;
	private final Account editor;

	public CatalogFixtures(ApplicationContext context) {
		this.context = context;
		this.people = new TestAccounts(context);
		this.editing = context.getBean(ServiceEditing.class);
		this.editor = people.create("redaktion-" + UUID.randomUUID().toString().substring(0, 8) + "@teststadt.example",
				Membership.global(Role.FORM_EDITOR));
	}

	public Account editor() {
		return editor;
	}

	public static String slug(String base) {
		return base + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** German texts with every required part filled; the privacy notice is complete. */
	public static Texts german(String name, String summary, String description) {
		return new Texts(name, summary, description, List.of("Personalausweis oder Reisepass", "Lageplan des Grundstücks"), "",
				"In der Regel zwei Wochen.", "§ 49 Wasserhaushaltsgesetz (WHG)", "Prüfung der Anzeige.",
				"Art. 6 Abs. 1 Buchst. e DSGVO.", "Untere Wasserbehörde.", "Zehn Jahre.",
				"Datenschutzbeauftragte, Marktplatz 1, datenschutz@teststadt.example");
	}

	public static ServiceContent content(UUID unit, Topic topic, Texts german, Texts english) {
		return new ServiceContent(topic, ServiceKind.APPLICATION, unit, null, SignIn.OPTIONAL, null, FeeKind.FIXED,
				new BigDecimal("30.70"), german, english);
	}

	public static ServiceContent content(UUID unit, String name, String summary, String description) {
		return content(unit, Topic.ENVIRONMENT, german(name, summary, description), Texts.NONE);
	}

	public Service draft(String slug, ServiceContent content) {
		return as(editor, () -> editing.create(slug, content));
	}

	public Service published(String slug, ServiceContent content) {
		Service service = draft(slug, content);
		as(editor, () -> {
			editing.publish(service.id());
			return null;
		});
		return service;
	}

	public void withdraw(Service service) {
		as(editor, () -> {
			editing.withdraw(service.id());
			return null;
		});
	}

	public void revise(Service service, ServiceContent content) {
		as(editor, () -> {
			editing.revise(service.id(), content);
			return null;
		});
	}

	/** A form of the unit with one version in draft; {@link #release} takes it through review to publication. */
	public FormVersion form(UUID unit) {
		FormManagement forms = context.getBean(FormManagement.class);
		FormDefinition definition = new FormDefinition(Text.of("Anzeige", null),
				List.of(FormPage.of("angaben", Text.of("Angaben", null), Field.of("tiefe", FieldType.NUMBER, Text.of("Tiefe", null), true))),
				List.of());
		return as(editor, () -> forms.create(new FormManagement.NewForm(slug("formular"), "Anzeige", null, unit, Audience.PUBLIC,
				definition)));
	}

	public void release(FormVersion version, UUID unit) {
		FormManagement forms = context.getBean(FormManagement.class);
		Account reviewer = people.create("pruefung-" + UUID.randomUUID().toString().substring(0, 8) + "@teststadt.example",
				Membership.inUnit(Role.REVIEWER, unit));
		as(editor, () -> {
			forms.submitForReview(version.id());
			return null;
		});
		as(reviewer, () -> {
			forms.approve(version.id());
			return null;
		});
		as(editor, () -> {
			forms.publish(version.id());
			return null;
		});
	}

	/** Runs a service call as the account would after signing in (the security context of a request). */
	public <T extends @Nullable Object> T as(Account account, Callable<T> action) {
		SecurityContext previous = SecurityContextHolder.getContext();
		try {
			var principal = people.principal(account);
			SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
			signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
			SecurityContextHolder.setContext(signedIn);
			return action.call();
		}
		catch (RuntimeException e) {
			throw e;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
