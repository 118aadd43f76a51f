package de.amtsportal.open311.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The specification's error list, {@code [{"code":404,"description":"…"}]} or
 * {@code <errors><error><code>404</code><description>…</description></error></errors>}, in the client's language
 * (German unless it asks for English), for controllers and for the filters in front of them alike.
 */
@Component
class ErrorAnswers {

	private final MessageSource messages;

	ErrorAnswers(MessageSource messages) {
		this.messages = messages;
	}

	ResponseEntity<byte[]> entity(HttpServletRequest request, HttpStatusCode status, List<MessageSourceResolvable> problems) {
		Format format = Format.ofPath(request.getRequestURI());
		return ResponseEntity.status(status).contentType(format.mediaType()).body(body(format, status, problems, language(request)));
	}

	/** For filters: writes the error list as the whole response. */
	void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, @Nullable Duration retryAfter,
			List<MessageSourceResolvable> problems) throws IOException {
		Format format = Format.ofPath(pathOf(request));
		response.resetBuffer();
		response.setStatus(status.value());
		response.setContentType(format.mediaType().toString());
		if (retryAfter != null) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (retryAfter.toMillis() + 999) / 1000)));
		}
		byte[] body = body(format, status, problems, language(request));
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

	private byte[] body(Format format, HttpStatusCode status, List<MessageSourceResolvable> problems, Locale locale) {
		List<Open311Document.Fields> errors = problems.stream()
			.map(problem -> new Open311Document.Fields().put("code", status.value())
				.put("description", messages.getMessage(problem, locale)))
			.toList();
		return Open311Writer.write(format, Open311Document.items("errors", "error", errors));
	}

	/** The request's own path, or on the container's error dispatch the path that failed. */
	static String pathOf(HttpServletRequest request) {
		Object failed = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
		return failed instanceof String path ? path : request.getRequestURI();
	}

	/** Texts of the API are German unless the client prefers English (Accept-Language). */
	static Locale language(HttpServletRequest request) {
		if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
			// without the header the container answers with its own default locale
			return Locale.GERMAN;
		}
		for (var locales = request.getLocales(); locales.hasMoreElements();) {
			String language = locales.nextElement().getLanguage();
			if (language.equals("de") || language.equals("en")) {
				return Locale.forLanguageTag(language);
			}
		}
		return Locale.GERMAN;
	}
}
