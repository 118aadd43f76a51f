/**
 * Import of FIM master data schemas (XDatenfelder 2.0 and 3.0 Stammdatenschemata) into form definitions. The
 * one entry point is {@link de.amtsportal.forms.fim.XDatenfelderImport}: it returns a complete, valid definition
 * with warnings for what an editor must look at, or fails with every problem it found — never a partial form.
 */
@NullMarked
package de.amtsportal.forms.fim;

import org.jspecify.annotations.NullMarked;
