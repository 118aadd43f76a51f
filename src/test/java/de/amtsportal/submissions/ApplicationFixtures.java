package de.amtsportal.submissions;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

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
import de.amtsportal.forms.definition.Text;
import de.amtsportal.forms.definition.Upload;
import de.amtsportal.forms.definition.Validation;
import de.amtsportal.forms.internal.FormManagement;
import de.amtsportal.forms.internal.FormVersion;
import de.amtsportal.identity.internal.OrgUnit;

/**
 * A published service with a released form, made the way staff make them (editor, reviewer, publication), for
 * driving the citizens' journey. Slugs are unique: test classes share one application context.
 */
public class ApplicationFixtures {

	/** Two steps: who you are (prefilled for signed-in people), and the matter with a file, a photo and a position. */
	public static final FormDefinition NOISE_COMPLAINT = new FormDefinition(Text.of("Lärmbeschwerde", "Noise complaint"), List.of(
			FormPage.of("person", Text.of("Ihre Angaben", "About you"),
					Field.of("vorname", FieldType.TEXT, Text.of("Vorname", "First name"), true).withValidation(Validation.length(null, 100)),
					Field.of("nachname", FieldType.TEXT, Text.of("Nachname", "Last name"), true).withValidation(Validation.length(null, 100)),
					Field.of("email", FieldType.EMAIL, Text.of("E-Mail-Adresse", "E-mail address"), true)),
			FormPage.of("angaben", Text.of("Was ist passiert?", "What happened?"),
					Field.of("beschreibung", FieldType.LONG_TEXT, Text.of("Beschreibung", "Description"), true)
						.withValidation(Validation.length(null, 2000)),
					Field.of("nachweis", FieldType.FILE, Text.of("Lärmprotokoll", "Noise log"), false)
						.withUpload(new Upload(List.of("application/pdf"), 2L * 1024 * 1024, 2)),
					Field.of("foto", FieldType.PHOTO, Text.of("Foto", "Photo"), false)
						.withUpload(new Upload(List.of("image/jpeg", "image/png"), 5L * 1024 * 1024, 1)),
					Field.of("standort", FieldType.POSITION, Text.of("Ort", "Location"), false))),
			List.of());

	private final CatalogFixtures catalog;
	private final ApplicationContext context;

	public ApplicationFixtures(ApplicationContext context) {
		this.context = context;
		this.catalog = new CatalogFixtures(context);
	}

	public CatalogFixtures catalog() {
		return catalog;
	}

	/** A published service with the noise complaint form released, and its slug. */
	public Published service(OrgUnit unit, SignIn signIn) {
		return service(unit, signIn, "Lärmbeschwerde", NOISE_COMPLAINT, Audience.PUBLIC);
	}

	public Published service(OrgUnit unit, SignIn signIn, String name, FormDefinition definition, Audience audience) {
		FormManagement forms = context.getBean(FormManagement.class);
		FormVersion version = catalog.as(catalog.editor(), () -> forms.create(new FormManagement.NewForm(
				CatalogFixtures.slug("laerm"), "Lärmbeschwerde", "Noise complaint", unit.id(), audience, definition)));
		catalog.release(version, unit.id());
		String slug = CatalogFixtures.slug("laermbeschwerde");
		Texts german = CatalogFixtures.german(name, "Beschwerde über Lärm.", "Sie können sich über Lärm beschweren.");
		catalog.published(slug, new ServiceContent(Topic.ENVIRONMENT, ServiceKind.APPLICATION, unit.id(), version.formId(),
				signIn, null, FeeKind.FIXED, new BigDecimal("10.00"), german, Texts.NONE));
		return new Published(slug, version.formId(), version.id());
	}

	public record Published(String slug, UUID formId, UUID versionId) {
	}
}
