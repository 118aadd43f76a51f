package de.amtsportal.identity.web.admin;

import java.util.Comparator;
import java.util.List;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Bean Validation reports violations in no particular order; the error summary should list them in the order
 * of the fields on the page, so that reading it and tabbing through the form tell the same story.
 */
final class ErrorOrder {

	private ErrorOrder() {
	}

	static void inFieldOrder(BindingResult errors, Model model, String... fields) {
		if (!errors.hasFieldErrors()) {
			return;
		}
		List<String> order = List.of(fields);
		BeanPropertyBindingResult sorted = new BeanPropertyBindingResult(errors.getTarget(), errors.getObjectName());
		errors.getGlobalErrors().forEach(sorted::addError);
		errors.getFieldErrors().stream()
			.sorted(Comparator.comparingInt((FieldError e) -> order.contains(e.getField()) ? order.indexOf(e.getField()) : order.size()))
			.forEach(sorted::addError);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), sorted);
	}
}
