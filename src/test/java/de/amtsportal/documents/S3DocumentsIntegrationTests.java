package de.amtsportal.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.core.io.Resource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.amtsportal.documents.internal.OrphanSweep;
import de.amtsportal.documents.storage.DocumentStorage;
import de.amtsportal.documents.storage.S3Storage;
import de.amtsportal.support.IntegrationTest;
import de.amtsportal.support.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application with S3-compatible storage configured (S3Mock) and its real database (PostgreSQL in the
 * failsafe pass): uploads land in the bucket, come back as downloads, and the orphan sweep clears the bucket
 * of files whose rows never committed.
 */
@IntegrationTest
@Import(MovableClock.Configuration.class)
class S3DocumentsIntegrationTests {

	@DynamicPropertySource
	static void s3(DynamicPropertyRegistry properties) {
		S3MockServer s3 = S3MockServer.get();
		properties.add("amtsportal.documents.s3.bucket", () -> S3MockServer.BUCKET);
		properties.add("amtsportal.documents.s3.prefix", () -> "app-" + UUID.randomUUID() + "/");
		properties.add("amtsportal.documents.s3.endpoint", s3::endpoint);
		properties.add("amtsportal.documents.s3.path-style-access", () -> "true");
		properties.add("amtsportal.documents.s3.access-key", () -> "test");
		properties.add("amtsportal.documents.s3.secret-key", () -> "test");
	}

	@Autowired
	Documents documents;
	@Autowired
	DocumentStorage storage;
	@Autowired
	OrphanSweep sweep;
	@Autowired
	MovableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void storesInTheBucketAndHandsOutADownload() throws IOException {
		assertThat(storage).isInstanceOf(S3Storage.class);
		byte[] photo = SampleFiles.jpegWithExif(SampleFiles.picture(40, 20), 1, 48.137, 11.575, "Max Mustermann");

		StoredDocument stored = documents.store("Straßenschaden Ölspur.jpg", new ByteArrayInputStream(photo),
				DocumentsTests.PDF_AND_PHOTOS);

		ResponseEntity<Resource> download = Downloads.attachment(stored, documents.open(stored.id()));
		assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo(
				"attachment; filename=\"Strassenschaden Oelspur.jpg\"; filename*=UTF-8''Stra%C3%9Fenschaden%20%C3%96lspur.jpg");
		assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getHeaders().getContentType()).hasToString("image/jpeg");
		assertThat(download.getHeaders().getContentLength()).isEqualTo(stored.size());
		try (InputStream in = download.getBody().getInputStream()) {
			byte[] body = in.readAllBytes();
			assertThat(body).hasSize((int) stored.size());
			assertThat(new String(body, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Mustermann");
		}
		assertThat(stored.position().latitude()).isEqualByComparingTo("48.137");

		documents.delete(stored.id());

		assertThatThrownBy(() -> documents.open(stored.id()).close()).isInstanceOf(java.util.NoSuchElementException.class);
	}

	@Test
	void theSweepRemovesFilesWithoutARowAfterADayAndNothingElse() throws IOException {
		StoredDocument kept = documents.store("Antrag.pdf", new ByteArrayInputStream(SampleFiles.pdf()), DocumentsTests.PDF_AND_PHOTOS);
		UUID orphan = UUID.randomUUID();
		Path file = Files.createTempFile("orphan-", ".pdf");
		Files.write(file, SampleFiles.pdf());
		storage.put(orphan, file);

		sweep.sweep();
		assertThat(keys()).as("an hour-old orphan may still be waiting for its transaction").contains(orphan, kept.id());

		clock.advance(Duration.ofDays(1).plusHours(1));
		sweep.sweep();

		assertThat(keys()).contains(kept.id()).doesNotContain(orphan);
		assertThat(documents.find(kept.id())).isPresent();
	}

	private List<UUID> keys() throws IOException {
		List<UUID> keys = new java.util.ArrayList<>();
		storage.forEach(object -> keys.add(object.key()));
		return keys;
	}
}
