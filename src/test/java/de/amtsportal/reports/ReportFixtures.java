package de.amtsportal.reports;

import java.util.List;

import org.springframework.context.ApplicationContext;

import de.amtsportal.catalog.CatalogFixtures;
import de.amtsportal.catalog.ServiceKind;
import de.amtsportal.catalog.SignIn;
import de.amtsportal.catalog.Topic;
import de.amtsportal.catalog.internal.FeeKind;
import de.amtsportal.catalog.internal.ServiceContent;
import de.amtsportal.catalog.internal.Texts;
import de.amtsportal.forms.Audience;
import de.amtsportal.forms.definition.Field;
import de.amtsportal.forms.definition.FieldType;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.definition.FormPage;
import de.amtsportal.forms.definition.Option;
import de.amtsportal.forms.definition.Text;
import de.amtsportal.forms.definition.Upload;
import de.amtsportal.forms.definition.Validation;
import de.amtsportal.forms.internal.FormManagement;
import de.amtsportal.forms.internal.FormVersion;
import de.amtsportal.identity.internal.OrgUnit;

/**
 * A report category made the way staff make one (form released through review, service published), with the
 * parts the reports module recognises and one extra question of each kind. Codes are unique: test classes share
 * one application context.
 */
public class ReportFixtures {

	/** Where the place is, then what is wrong, then (optionally) how to reach the reporter. */
	public static final FormDefinition STREET_LIGHT = new FormDefinition(Text.of("Defekte Straßenbeleuchtung", "Broken street light"),
			List.of(FormPage.of("ort", Text.of("Wo ist es?", "Where is it?"),
					Field.of("position", FieldType.POSITION, Text.of("Position", "Position"), true),
					Field.of("adresse", FieldType.TEXT, Text.of("Adresse", "Address"), false).withValidation(Validation.length(null, 300)),
					Field.of("fotos", FieldType.PHOTO, Text.of("Fotos", "Photos"), false)
						.withUpload(new Upload(List.of("image/jpeg", "image/png"), 5L * 1024 * 1024, 5))),
					FormPage.of("meldung", Text.of("Was ist los?", "What is wrong?"),
							Field.of("beschreibung", FieldType.LONG_TEXT, Text.of("Beschreibung", "Description"), true)
								.withValidation(Validation.length(null, 2000)),
							Field.of("mast_nummer", FieldType.TEXT, Text.of("Mast-Nummer", "Pole number"), false)
								.withValidation(Validation.length(null, 20)),
							Field.of("art", FieldType.SINGLE_CHOICE, Text.of("Was ist kaputt?", "What is broken?"), false)
								.withOptions(List.of(new Option("dunkel", Text.of("Leuchtet nicht", "Not lit")),
										new Option("flackert", Text.of("Flackert", "Flickers"))))),
					FormPage.of("kontakt", Text.of("Kontakt", "Contact"),
							Field.of("email", FieldType.EMAIL, Text.of("E-Mail-Adresse", "E-mail address"), false))),
			List.of());

	private final CatalogFixtures catalog;
	private final ApplicationContext context;

	public ReportFixtures(ApplicationContext context) {
		this.context = context;
		this.catalog = new CatalogFixtures(context);
	}

	/** A published report category of the unit; returns its code. */
	public String category(OrgUnit unit, String name) {
		return category(unit, name, STREET_LIGHT, ServiceKind.REPORT);
	}

	public String category(OrgUnit unit, String name, FormDefinition definition, ServiceKind kind) {
		FormManagement forms = context.getBean(FormManagement.class);
		FormVersion version = catalog.as(catalog.editor(), () -> forms.create(new FormManagement.NewForm(
				CatalogFixtures.slug("meldung"), name, null, unit.id(), Audience.PUBLIC, definition)));
		catalog.release(version, unit.id());
		String slug = CatalogFixtures.slug("strassenlicht");
		Texts german = CatalogFixtures.german(name, "Melden Sie " + name + ".", "Sie können " + name + " melden.");
		catalog.published(slug, new ServiceContent(Topic.PUBLIC_ORDER, kind, unit.id(), version.formId(), SignIn.OPTIONAL, null,
				FeeKind.NONE, null, german, Texts.NONE));
		return slug;
	}
}
