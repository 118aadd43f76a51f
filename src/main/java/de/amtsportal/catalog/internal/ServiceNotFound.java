package de.amtsportal.catalog.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such service — or none the asker may see: an unpublished service does not exist for the public. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ServiceNotFound extends RuntimeException {
}
