package de.amtsportal.mail;

/** A plain-text mail to one recipient. Links stand on their own line so every mail client makes them clickable. */
public record MailMessage(String to, String subject, String text) {
}
