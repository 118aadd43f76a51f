/**
 * The intranet of the institutions the authority oversees (e.g. its vocational schools): news and binding
 * circulars with read confirmation, each for an audience of institutions and target groups of their members.
 * One rule, {@link de.amtsportal.intranet.internal.Visibility}, decides what a member may see — in lists,
 * detail pages, downloads, search and mails.
 */
@ApplicationModule
@NullMarked
package de.amtsportal.intranet;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
