package de.amtsportal.open311.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import de.amtsportal.reports.InvalidReport;

/**
 * Every failure of the API's controllers as the specification's error list: refused requests with their
 * problems, a report that does not validate with one error per field, and anything unexpected as a bare 500
 * (logged here, never shown).
 */
@RestControllerAdvice(basePackageClasses = Open311Errors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

	private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

	private final ErrorAnswers answers;

	Open311Errors(ErrorAnswers answers) {
		this.answers = answers;
	}

	@ExceptionHandler(Open311Failure.class)
	ResponseEntity<byte[]> refused(Open311Failure failure, HttpServletRequest request) {
		return answers.entity(request, failure.status(), failure.problems());
	}

	/** The report module's messages are already in the report's language. */
	@ExceptionHandler(InvalidReport.class)
	ResponseEntity<byte[]> invalid(InvalidReport invalid, HttpServletRequest request) {
		return answers.entity(request, HttpStatus.BAD_REQUEST, invalid.problems().stream()
			.map(problem -> Open311Failure.described(problem.field() + ": " + problem.message()))
			.toList());
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<byte[]> missing(MissingServletRequestParameterException missing, HttpServletRequest request) {
		return answers.entity(request, HttpStatus.BAD_REQUEST,
				List.of(Open311Failure.problem("open311.error.missing", missing.getParameterName())));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<byte[]> mismatch(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
		return answers.entity(request, HttpStatus.BAD_REQUEST,
				List.of(Open311Failure.problem("open311.error.invalid-parameter", mismatch.getName())));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<byte[]> mediaType(HttpServletRequest request) {
		return answers.entity(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, List.of(Open311Failure.problem("open311.error.media-type")));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<byte[]> tooLarge(HttpServletRequest request) {
		return answers.entity(request, HttpStatus.PAYLOAD_TOO_LARGE, List.of(Open311Failure.problem("open311.error.too-large")));
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<byte[]> unreadable(HttpServletRequest request) {
		return answers.entity(request, HttpStatus.BAD_REQUEST, List.of(Open311Failure.problem("open311.error.unreadable")));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<byte[]> unexpected(Exception e, HttpServletRequest request) {
		log.error("Open311 request {} {} failed", request.getMethod(), request.getRequestURI(), e);
		return answers.entity(request, HttpStatus.INTERNAL_SERVER_ERROR, List.of(Open311Failure.problem("open311.error.internal")));
	}

}
