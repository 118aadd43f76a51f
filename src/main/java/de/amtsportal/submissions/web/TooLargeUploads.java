package de.amtsportal.submissions.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A request larger than the portal's outer upload bound never reaches a controller. On an application page the
 * applicant is sent back to it with the reason; elsewhere the answer is a plain 413.
 */
@ControllerAdvice
class TooLargeUploads {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request, HttpServletResponse response) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.matches("/antrag/[a-z0-9-]+/[0-9a-f-]{36}/[a-z][a-z0-9_-]*")) {
			return "redirect:" + path + "?zu-gross";
		}
		response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
		return "error/413";
	}
}
