package de.amtsportal.mailbox.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such thread — or not yours: both look the same from outside. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFound extends RuntimeException {

	private static final long serialVersionUID = 1L;
}
