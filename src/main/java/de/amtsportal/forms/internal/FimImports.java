package de.amtsportal.forms.internal;

import java.io.InputStream;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import de.amtsportal.access.Permissions;
import de.amtsportal.forms.Audience;
import de.amtsportal.forms.definition.FormDefinition;
import de.amtsportal.forms.fim.ImportFailed;
import de.amtsportal.forms.fim.ImportResult;
import de.amtsportal.forms.fim.XDatenfelderImport;
import de.amtsportal.forms.internal.FormManagement.NewForm;

/**
 * A new form from a FIM master data schema: the file is imported and, only if that succeeds completely, saved as
 * the first draft of a new form, which then goes through review like any other.
 */
@Service
public class FimImports {

	private final FormManagement management;

	FimImports(FormManagement management) {
		this.management = management;
	}

	/** The draft with what the import found for the editor to look at: warnings and the FIM id of each field. */
	public record ImportedDraft(FormVersion draft, ImportResult result) {
	}

	/**
	 * Checked before the file is read, so only form editors can make the server parse an upload.
	 *
	 * @throws ImportFailed with every problem of the file; no form is created then
	 */
	@PreAuthorize("hasAuthority('" + Permissions.FORMS_EDIT + "')")
	public ImportedDraft createDraft(InputStream xml, String slug, UUID responsibleUnit, Audience audience) {
		ImportResult result = XDatenfelderImport.read(xml);
		FormDefinition definition = result.definition();
		FormVersion draft = management.create(new NewForm(slug, definition.title().de(), definition.title().en(),
				responsibleUnit, audience, definition));
		return new ImportedDraft(draft, result);
	}
}
