package de.amtsportal.decisions;

/**
 * A decision's text before the caseworker edits it: the service's template in the application's language with
 * the placeholders filled. {@code fromTemplate} is false when the service has no template yet (then both are empty).
 */
public record DecisionDraft(String title, String text, String legalRemedy, boolean fromTemplate) {
}
