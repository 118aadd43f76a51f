/**
 * Satisfaction feedback (OZG service standard, principle 18): after submitting and after the decision the
 * applicant rates the service from 1 to 5, with an optional comment. Ratings are kept per service and form
 * version without personal data and without the application they came from; {@link de.amtsportal.feedback.Feedback}
 * sums them up for the KPIs.
 */
@ApplicationModule
@NullMarked
package de.amtsportal.feedback;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
