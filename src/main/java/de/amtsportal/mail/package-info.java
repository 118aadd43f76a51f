/**
 * Outgoing e-mail: queued in the sender's transaction, delivered over SMTP after commit and redelivered
 * until sent; in the demo run every mail is also kept in an outbox that administrators can open.
 */
@NullMarked
package de.amtsportal.mail;

import org.jspecify.annotations.NullMarked;
