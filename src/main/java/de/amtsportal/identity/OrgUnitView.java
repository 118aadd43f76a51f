package de.amtsportal.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An org unit of the authority (Fachbereich), as other modules see it. */
public record OrgUnitView(UUID id, String name, String slug, @Nullable String contactEmail) {
}
