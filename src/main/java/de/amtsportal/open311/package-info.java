/**
 * The Open311 GeoReport v2 API of the reports (Mängelmelder) under {@code /open311/v2}: discovery, services and
 * their definitions, requests (read and filed with an API key), tokens and the service request updates extension,
 * as JSON and XML; and the administration of the clients' API keys with their request budgets.
 */
@ApplicationModule
@NullMarked
package de.amtsportal.open311;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
