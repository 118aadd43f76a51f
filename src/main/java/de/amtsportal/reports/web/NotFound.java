package de.amtsportal.reports.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such report, or a photo that is not (yet) public: both look the same from outside. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFound extends RuntimeException {

	private static final long serialVersionUID = 1L;
}
