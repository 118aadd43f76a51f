/**
 * Server-side rendering of form pages and binding of posted answers: the same definition that validates
 * also draws the page. Used by the builder's preview and by the citizen's application journey.
 */
@NullMarked
@NamedInterface("rendering")
package de.amtsportal.forms.rendering;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
