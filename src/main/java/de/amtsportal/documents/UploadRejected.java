package de.amtsportal.documents;

import java.util.Locale;

/**
 * An upload broke a rule; nothing of it was stored. {@link #messageKey()} with {@link #arguments()} is a message
 * the uploader understands (bundle {@code i18n/documents}).
 */
public class UploadRejected extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public enum Reason {
		/** the file has no content */
		EMPTY,
		/** argument: the limit in megabytes */
		TOO_LARGE,
		/** arguments: the detected type's usual extension (or its media type), the allowed types */
		TYPE_NOT_ALLOWED,
		/** scripts, automatic actions or embedded files in a PDF */
		MALICIOUS_CONTENT,
		/** an archive (ZIP, Office document) that unpacks to an absurd size */
		ARCHIVE_BOMB,
		/** argument: the limit in megapixels */
		IMAGE_TOO_LARGE,
		/** a password-protected PDF that nobody at the authority could open */
		ENCRYPTED,
		/** the content does not decode as the type it claims (a broken image or PDF) */
		UNREADABLE,
		/** the virus scanner found something */
		INFECTED,
		/** the virus scanner is configured but could not be asked: we fail closed */
		SCANNER_UNAVAILABLE
	}

	private final Reason reason;
	private final Object[] arguments;

	public UploadRejected(Reason reason, Object... arguments) {
		super(reason.name());
		this.reason = reason;
		this.arguments = arguments.clone();
	}

	public UploadRejected(Reason reason, Throwable cause, Object... arguments) {
		this(reason, arguments);
		initCause(cause);
	}

	public Reason reason() {
		return reason;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	/** {@code documents.rejected.<REASON>} */
	public String messageKey() {
		return "documents.rejected." + reason.name().toUpperCase(Locale.ROOT);
	}
}
