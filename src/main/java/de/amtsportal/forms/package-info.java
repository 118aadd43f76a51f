/**
 * Form definitions and their versions: the builder, the review-and-release workflow, rendering and
 * server-side validation from the one definition, JSON Schema export and FIM XDatenfelder import.
 */
@NullMarked
package de.amtsportal.forms;

import org.jspecify.annotations.NullMarked;
