/**
 * Decisions (Bescheide): their texts per service and language with placeholders filled from an application's
 * answers, and issuing one — rendered as PDF/A, sealed with the authority's certificate, delivered to the
 * applicant's Postfach, announced with {@link de.amtsportal.decisions.DecisionIssued} for the case file. Its own
 * module because decisions end more than applications (see docs/adr/0012).
 */
@ApplicationModule
@NullMarked
package de.amtsportal.decisions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
