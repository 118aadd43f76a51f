package de.amtsportal.submissions;

import java.time.Instant;

/** One entry of an application's status timeline. */
public record StatusStep(ApplicationStatus status, Instant at) {
}
