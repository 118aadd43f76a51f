package de.amtsportal.mail.internal;

import java.util.UUID;

/** A mail was committed to the outbox and waits for delivery. */
record MailQueued(UUID mailId) {
}
