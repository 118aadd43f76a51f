/**
 * The Postfach: one thread per application between the applicant (their account, the members of their
 * institution, or the holder of the anonymous applicant's secret link) and the responsible org unit — messages,
 * queries, document requests, decisions and replies with attachments, read receipts, and mails that say only
 * that there is news. Staff modules write to a thread through {@link de.amtsportal.mailbox.Mailbox}.
 */
@ApplicationModule
@NullMarked
package de.amtsportal.mailbox;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
