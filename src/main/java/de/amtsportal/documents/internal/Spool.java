package de.amtsportal.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import de.amtsportal.documents.UploadRejected;
import de.amtsportal.documents.UploadRejected.Reason;

/**
 * The temporary files of one upload while it is inspected: the received bytes (read only up to the limit, so
 * an endless stream costs nothing) and whatever the inspection derives from them. Closing deletes them all.
 */
final class Spool implements AutoCloseable {

	private static final int BUFFER = 64 * 1024;

	private final List<Path> files = new ArrayList<>();
	private Path received = Path.of("");

	private Spool() {
	}

	/** Receives the content into a temporary file; on a broken rule nothing remains. */
	static Spool receive(InputStream content, long maxBytes) {
		Spool spool = new Spool();
		try {
			spool.received = spool.newFile();
			long total = spool.copy(content, maxBytes);
			if (total == 0) {
				throw new UploadRejected(Reason.EMPTY);
			}
			return spool;
		}
		catch (IOException e) {
			spool.close();
			throw new UncheckedIOException(e);
		}
		catch (RuntimeException e) {
			spool.close();
			throw e;
		}
	}

	private long copy(InputStream content, long maxBytes) throws IOException {
		long total = 0;
		byte[] buffer = new byte[BUFFER];
		try (OutputStream out = Files.newOutputStream(received)) {
			int read;
			// one byte beyond the limit tells "too large" from "exactly the limit"
			while ((read = content.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - total))) > 0) {
				total += read;
				if (total > maxBytes) {
					throw new UploadRejected(Reason.TOO_LARGE, Megabytes.of(maxBytes));
				}
				out.write(buffer, 0, read);
			}
		}
		return total;
	}

	Path received() {
		return received;
	}

	/** A further temporary file (readable by this process's user only) that is deleted with the spool. */
	Path newFile() throws IOException {
		Path file = Files.createTempFile("amtsportal-upload-", ".tmp");
		files.add(file);
		return file;
	}

	@Override
	public void close() {
		for (Path file : files) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException e) {
				// the operating system's temp cleaning gets it; the upload itself is done
			}
		}
	}
}
