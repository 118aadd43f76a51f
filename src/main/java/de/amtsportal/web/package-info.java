/**
 * The shell every page lives in: layout in the KERN UX design system, languages, error pages, legal pages
 * (Impressum, Datenschutz, Barrierefreiheit) and the contact form, plus the start pages of each audience.
 */
@NullMarked
package de.amtsportal.web;

import org.jspecify.annotations.NullMarked;
