/**
 * The address register (Ortsverzeichnis): the official addresses of the authority's area with their
 * coordinates, loaded by an administrator from a CSV file, so that a position can be found by its address
 * without sending what citizens type to an outside geocoder.
 */
@ApplicationModule
@NullMarked
package de.amtsportal.places;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
