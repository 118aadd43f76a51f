package de.amtsportal.reports;

/** A photo sent with a {@link NewReport}; it goes through the same inspection as any upload. */
public record PhotoUpload(String fileName, byte[] content) {
}
