package de.amtsportal.catalog;

import java.util.UUID;

/** A service was taken out of the public catalogue; applications already submitted are not affected. */
public record ServiceWithdrawn(UUID serviceId, String slug) {
}
