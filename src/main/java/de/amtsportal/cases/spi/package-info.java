/**
 * Slots of the case page that other modules fill for the cases they know more about (a report's position and
 * photos), so that the case page stays free of their code and cases depends on none of them.
 */
@NamedInterface("spi")
@NullMarked
package de.amtsportal.cases.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
