package de.amtsportal.intranet.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import de.amtsportal.catalog.Catalog;
import de.amtsportal.catalog.PublishedService;
import de.amtsportal.forms.Audience;
import de.amtsportal.forms.Forms;

/**
 * The internal applications an institution can file: published services whose current form is meant for
 * institution members. Filing one is the ordinary application journey; the case lands in the responsible
 * unit's inbox and answers come through the institution's Postfach.
 */
@Component
public class InternalApplications {

	private final Catalog catalog;
	private final Forms forms;

	InternalApplications(Catalog catalog, Forms forms) {
		this.catalog = catalog;
		this.forms = forms;
	}

	public List<PublishedService> available() {
		return catalog.published().stream()
			.filter(s -> s.formId() != null
					&& forms.current(s.formId()).filter(f -> f.audience() == Audience.INSTITUTIONS).isPresent())
			.toList();
	}
}
