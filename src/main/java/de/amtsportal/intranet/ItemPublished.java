package de.amtsportal.intranet;

import java.util.UUID;

/** An intranet item became visible to its audience. */
public record ItemPublished(UUID itemId, ItemKind kind) {
}
