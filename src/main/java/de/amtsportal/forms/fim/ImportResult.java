package de.amtsportal.forms.fim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.amtsportal.forms.definition.FormDefinition;

/**
 * A successfully imported schema: the definition, the FIM identifier of the schema, the FIM identifier of each
 * field and group by its path in the definition ("wohnungsgeber.familienname" → "F99000102V1.1"), and what an
 * editor should look at before the form goes to review.
 */
public record ImportResult(FormDefinition definition, String schemaId, Map<String, String> fimIds,
		List<ImportProblem> warnings) {

	public ImportResult {
		fimIds = Collections.unmodifiableMap(new LinkedHashMap<>(fimIds));
		warnings = List.copyOf(warnings);
	}
}
