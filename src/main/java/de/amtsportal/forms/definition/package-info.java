/**
 * The form definition language: pages, fields, rules and conditions as plain, immutable values that are
 * stored as JSON. The same definition drives rendering, validation and the JSON Schema export, so no rule
 * lives in two places. Other modules (submissions, cases, reports) read definitions through this interface.
 */
@NullMarked
@NamedInterface("definition")
package de.amtsportal.forms.definition;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
