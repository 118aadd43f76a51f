package de.amtsportal.catalog;

import java.util.UUID;

/** A service became visible in the public catalogue (for the first time or again). */
public record ServicePublished(UUID serviceId, String slug) {
}
