package de.amtsportal.catalog.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.amtsportal.catalog.internal.ServiceEditing;
import de.amtsportal.catalog.internal.ServiceStatus;

/**
 * The publish and withdraw buttons of the service editor. A second click (or a second editor) on a service
 * already in the wanted state is answered with where it stands, not with an error page.
 */
@Controller
class PublicationControl {

	private final ServiceEditing editing;

	PublicationControl(ServiceEditing editing) {
		this.editing = editing;
	}

	@PostMapping("/amt/leistungen/{id}/veroeffentlichen")
	String publish(@PathVariable UUID id, RedirectAttributes redirect) {
		if (editing.get(id).status() != ServiceStatus.PUBLISHED) {
			editing.publish(id);
		}
		redirect.addFlashAttribute("notice", "catalog.notice.published");
		return "redirect:/amt/leistungen/" + id + "/bearbeiten";
	}

	@PostMapping("/amt/leistungen/{id}/zuruecknehmen")
	String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
		if (editing.get(id).status() == ServiceStatus.PUBLISHED) {
			editing.withdraw(id);
		}
		redirect.addFlashAttribute("notice", "catalog.notice.withdrawn");
		return "redirect:/amt/leistungen/" + id + "/bearbeiten";
	}
}
