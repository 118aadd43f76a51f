/**
 * Applications (Anträge): citizens fill a published form page by page with drafts saved at every step, upload
 * files, submit exactly once, get a reference number and a receipt, and follow the status of what they sent.
 * Other modules learn of a new application from {@link de.amtsportal.submissions.SubmissionReceived} and move
 * its status through {@link de.amtsportal.submissions.Submissions}.
 */
@NullMarked
package de.amtsportal.submissions;

import org.jspecify.annotations.NullMarked;
