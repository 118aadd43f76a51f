/**
 * Cases (Vorgänge): the back office's side of every submission — the inbox of the responsible org unit,
 * assignment and hand-over, the status model that also drives the applicant's timeline, the case file
 * (eAkte) with internal notes, messages to the applicant's Postfach, due dates with reminders, and the
 * erasure of closed cases after their service's retention period.
 */
@ApplicationModule
@NullMarked
package de.amtsportal.cases;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
