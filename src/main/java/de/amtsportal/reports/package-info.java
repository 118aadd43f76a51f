/**
 * Reports (Mängelmelder): a report is a submission of a catalogue service of kind {@code REPORT}. The module keeps
 * what is public about each report (category, position, address, phase, released photos, public description and
 * replies) apart from the submission, which alone holds the reporter's personal data; it offers the public list
 * and map and the filing of reports from outside the web journey.
 */
@ApplicationModule
@NullMarked
package de.amtsportal.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
