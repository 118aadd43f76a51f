/**
 * Extension points of the submission pipeline that other modules implement: submissions stays ignorant of who
 * fills them (no dependency on the implementing module).
 */
@NamedInterface("spi")
@NullMarked
package de.amtsportal.submissions.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
