package de.amtsportal.forms.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import de.amtsportal.forms.internal.WorkflowViolation;

/**
 * A step the workflow does not allow now — editing a version that is in review or published, a decision on a
 * version that has moved on — answers 409 Conflict; the application's error page for 409 says that the state
 * has changed and leads back. The pages only offer steps that are possible, so this is met by stale pages and
 * hand-made requests.
 */
@ControllerAdvice(basePackageClasses = BuilderErrors.class)
class BuilderErrors {

	@ExceptionHandler(WorkflowViolation.class)
	void notNow(WorkflowViolation violation, HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_CONFLICT);
	}
}
