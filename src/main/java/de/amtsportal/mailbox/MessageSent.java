package de.amtsportal.mailbox;

import java.time.Instant;
import java.util.UUID;

/**
 * A message was added to an application's thread — by the authority or, as {@link MessageKind#REPLY}, by the
 * applicant. Published in the transaction that stores it; the other side is told by mail.
 */
public record MessageSent(UUID submissionId, UUID messageId, MessageKind kind, Instant sentAt) {
}
