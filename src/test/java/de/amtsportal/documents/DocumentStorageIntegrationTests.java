package de.amtsportal.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import software.amazon.awssdk.core.sync.RequestBody;

import de.amtsportal.documents.storage.DocumentStorage;
import de.amtsportal.documents.storage.FileSystemStorage;
import de.amtsportal.documents.storage.S3Storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The two storages keep the same promises: on a real directory and on a real S3 API (S3Mock). */
class DocumentStorageIntegrationTests {

	@TempDir
	static Path directory;

	static Stream<DocumentStorage> storages() {
		S3MockServer s3 = S3MockServer.get();
		return Stream.of(new FileSystemStorage(directory.resolve("documents")),
				new S3Storage(s3.client(), S3MockServer.BUCKET, "storage-test/"));
	}

	@ParameterizedTest
	@MethodSource("storages")
	void keepsWhatIsPutAndForgetsWhatIsDeleted(DocumentStorage storage) throws IOException {
		UUID key = UUID.randomUUID();
		byte[] content = "Bescheid über die Brunnenbohrung".getBytes(StandardCharsets.UTF_8);
		Path file = Files.write(directory.resolve(key + ".upload"), content);

		storage.put(key, file);

		try (InputStream in = storage.open(key)) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		assertThat(keys(storage)).contains(key);

		storage.delete(key);
		storage.delete(key);

		assertThat(keys(storage)).doesNotContain(key);
		assertThatThrownBy(() -> storage.open(key).close()).isInstanceOf(NoSuchElementException.class);
	}

	@Test
	void listsOnlyItsOwnKeysSoTheSweepNeverTouchesAnythingElse() throws IOException {
		FileSystemStorage files = new FileSystemStorage(directory.resolve("mixed"));
		Files.createDirectories(files.root().resolve("ab"));
		Files.writeString(files.root().resolve("README.txt"), "not ours");
		Files.writeString(files.root().resolve("ab").resolve("notes.txt"), "not ours");
		Files.writeString(files.root().resolve(UUID.randomUUID().toString()), "a key in the wrong directory");
		S3MockServer s3 = S3MockServer.get();
		s3.client().putObject(request -> request.bucket(S3MockServer.BUCKET).key("other-app/report.csv"), RequestBody.fromString("x"));
		s3.client().putObject(request -> request.bucket(S3MockServer.BUCKET).key("listing-test/not-a-key"), RequestBody.fromString("x"));

		assertThat(keys(files)).isEmpty();
		assertThat(keys(new S3Storage(s3.client(), S3MockServer.BUCKET, "listing-test/"))).isEmpty();
	}

	private static List<UUID> keys(DocumentStorage storage) throws IOException {
		List<UUID> keys = new ArrayList<>();
		storage.forEach(object -> keys.add(object.key()));
		return keys;
	}
}
