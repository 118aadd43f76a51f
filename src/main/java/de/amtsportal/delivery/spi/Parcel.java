package de.amtsportal.delivery.spi;

import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * One application on its way to one channel: its data as the form's JSON Schema describes it, its files, and
 * where it goes. Built afresh for every attempt (download links expire; the receipt is rendered on demand).
 */
public record Parcel(String idempotencyKey, Destination destination, Application application,
		Map<String, Object> answers, List<File> files, Supplier<byte[]> receipt, Function<File, InputStream> opener) {

	public Parcel {
		answers = Map.copyOf(answers);
		files = List.copyOf(files);
	}

	/** The configured target of the channel and, for signing channels, its secret. */
	public record Destination(UUID channelId, String target, @Nullable String secret) {

		@Override
		public String toString() {
			return "Destination[" + channelId + ", " + target + "]"; // never the secret in a log
		}
	}

	/** What identifies the application for the receiver. */
	public record Application(UUID submissionId, String reference, UUID serviceId, String serviceSlug, String serviceName,
			UUID formVersionId, UUID responsibleUnit, String locale, Instant submittedAt) {
	}

	/** A file sent with the application; {@code link} downloads it without a session until {@code linkExpiresAt}. */
	public record File(UUID documentId, String fieldPath, String fileName, String mediaType, long size, URI link,
			Instant linkExpiresAt) {
	}

	/** The stored bytes of a file; the caller closes the stream. */
	public InputStream open(File file) {
		return opener.apply(file);
	}

	/** The applicant's receipt as PDF/A (rendered when asked for). */
	public byte[] receiptPdf() {
		return receipt.get();
	}

	public long totalFileBytes() {
		return files.stream().mapToLong(File::size).sum();
	}
}
