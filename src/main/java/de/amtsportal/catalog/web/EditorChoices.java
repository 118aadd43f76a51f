package de.amtsportal.catalog.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import de.amtsportal.catalog.ServiceKind;
import de.amtsportal.catalog.SignIn;
import de.amtsportal.catalog.Topic;
import de.amtsportal.catalog.internal.FeeKind;
import de.amtsportal.catalog.internal.ServiceEditing;

/** The options of the service editor's selects and radio groups, the same on the create and the edit page. */
@Component
class EditorChoices {

	private final ServiceEditing editing;

	EditorChoices(ServiceEditing editing) {
		this.editing = editing;
	}

	void addTo(Model model) {
		model.addAttribute("units", editing.units());
		model.addAttribute("forms", editing.forms());
		model.addAttribute("topics", Topic.values());
		model.addAttribute("kinds", ServiceKind.values());
		model.addAttribute("signIns", SignIn.values());
		model.addAttribute("feeKinds", FeeKind.values());
	}
}
