package de.amtsportal.identity;

import java.util.UUID;

/** An org unit of the authority was added or renamed (its name appears on public pages). */
public record OrgUnitChanged(UUID orgUnitId) {
}
