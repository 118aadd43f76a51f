package de.amtsportal.cases.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such case or document — or not one of the caseworker's units: both look the same from outside. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFound extends RuntimeException {

	private static final long serialVersionUID = 1L;
}
