package de.amtsportal.catalog;

import java.util.UUID;

/** The description, responsibility or form of a service changed. */
public record ServiceChanged(UUID serviceId, String slug) {
}
