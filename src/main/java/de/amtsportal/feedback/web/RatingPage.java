package de.amtsportal.feedback.web;

import java.util.Arrays;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.amtsportal.feedback.Feedback;
import de.amtsportal.feedback.Moment;

/**
 * Receives the rating form that the confirmation page and the thread (once decided) show. The form lives on
 * those pages, so the answer is a redirect back to them; a mistake travels there as flash attributes and the
 * fragment shows it at the field.
 */
@Controller
class RatingPage {

	private final Feedback feedback;

	RatingPage(Feedback feedback) {
		this.feedback = feedback;
	}

	@PostMapping("/bewertung/antrag/{id}")
	String rate(@PathVariable UUID id, @Valid @ModelAttribute("rating") RatingInput input, BindingResult errors,
			RedirectAttributes redirect) {
		Moment moment = Arrays.stream(Moment.values()).filter(m -> m.name().equals(input.moment())).findFirst()
			.orElseThrow(NotFound::new);
		String back = moment == Moment.AFTER_DECISION ? "redirect:/postfach/antrag/" + id : "redirect:/antraege/" + id + "/bestaetigung";
		if (errors.hasErrors()) {
			// the fields in error; the fragment says what is wrong with each (a score that is no number included)
			redirect.addFlashAttribute("ratingErrors", errors.getFieldErrors().stream().map(e -> e.getField()).distinct().toList());
			redirect.addFlashAttribute("ratingInput", input);
			return back + "#bewertung";
		}
		try {
			feedback.rate(id, moment, input.score(), input.comment(), Boolean.TRUE.equals(input.notFixed()));
		}
		catch (AccessDeniedException | IllegalStateException notYours) {
			throw new NotFound();
		}
		return back + "?bewertet#bewertung";
	}

	/** No such application, not yours, or nothing to rate yet: all look the same from outside. */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class NotFound extends RuntimeException {

		private static final long serialVersionUID = 1L;
	}
}
