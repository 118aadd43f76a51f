package de.amtsportal.reports;

import java.util.UUID;

/** A photo staff released; served at {@code /meldungen/{reference}/fotos/{id}}. */
public record PublicPhoto(UUID id, String contentType) {
}
