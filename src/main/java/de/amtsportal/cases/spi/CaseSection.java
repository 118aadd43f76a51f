package de.amtsportal.cases.spi;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.amtsportal.cases.CaseSummary;

/**
 * A section of the case page that another module contributes. The case page asks every section after it checked
 * that the caseworker works for the case's unit; forms inside a section post to the contributing module, which
 * checks access again.
 */
public interface CaseSection {

	/** The section for this case, or empty when the module has nothing to show for it. */
	Optional<Fragment> of(CaseSummary c, Locale locale);

	/**
	 * A Thymeleaf template with a fragment {@code section(model)}, and what it shows.
	 *
	 * @param template e.g. {@code reports/vorgang}
	 */
	record Fragment(String template, Map<String, Object> model) {
	}
}
