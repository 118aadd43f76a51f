package de.amtsportal.intranet.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The item does not exist — or the current user may not know that it does. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFound extends RuntimeException {
}
