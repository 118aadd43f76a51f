/**
 * Who may do what: the roles of the portal and the permissions each grants, named once for all modules.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package de.amtsportal.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
