/**
 * Extension points of the form engine that other modules implement: forms stays ignorant of who fills them
 * (no dependency on the implementing module).
 */
@NamedInterface("spi")
@NullMarked
package de.amtsportal.forms.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
