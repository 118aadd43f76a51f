package de.amtsportal.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import de.amtsportal.documents.UploadRejected.Reason;
import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every kind of bad file from issue 4 is refused with the reason a citizen is told — and leaves nothing behind,
 * neither a row nor a file; good files come back byte for byte, photos without their metadata.
 */
@IntegrationTest
class DocumentsTests {

	static final UploadRules PDF_AND_PHOTOS = new UploadRules(List.of("application/pdf", "image/jpeg", "image/png"), 10 * 1024 * 1024);

	@Autowired
	Documents documents;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	TransactionTemplate transactions;
	@Value("${amtsportal.documents.directory}")
	Path directory;

	@Test
	void storesAPdfAndGivesBackTheSameBytes() throws Exception {
		byte[] pdf = SampleFiles.pdf();

		StoredDocument stored = documents.store("Meldebescheinigung.pdf", new ByteArrayInputStream(pdf), PDF_AND_PHOTOS);

		assertThat(stored.fileName()).isEqualTo("Meldebescheinigung.pdf");
		assertThat(stored.mediaType()).isEqualTo("application/pdf");
		assertThat(stored.size()).isEqualTo(pdf.length);
		assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
		assertThat(stored.position()).isNull();
		assertThat(documents.find(stored.id())).contains(stored);
		try (InputStream in = documents.open(stored.id())) {
			assertThat(in.readAllBytes()).isEqualTo(pdf);
		}
		// stored under the server's key, never under the uploader's name
		assertThat(storedFiles()).contains(stored.id().toString()).noneMatch(name -> name.contains("Meldebescheinigung"));
	}

	@Test
	void aPdfWithAnOrdinaryLinkIsAccepted() {
		StoredDocument stored = documents.store("Flyer.pdf", new ByteArrayInputStream(SampleFiles.pdfWithLink()), PDF_AND_PHOTOS);

		assertThat(stored.mediaType()).isEqualTo("application/pdf");
	}

	@Test
	void refusesAFileOverTheLimitWithoutReadingMoreThanTheLimit() {
		UploadRules oneMegabyte = new UploadRules(List.of("application/pdf"), 1024 * 1024);
		InputStream endless = new InputStream() {
			long served;

			@Override
			public int read() {
				served++;
				return 'x';
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				served += length;
				return length;
			}
		};

		assertRejected(() -> documents.store("gross.pdf", endless, oneMegabyte), Reason.TOO_LARGE);

		assertThat(rejection(() -> documents.store("gross.pdf", endless, oneMegabyte)).arguments()).containsExactly(BigDecimal.ONE);
	}

	@Test
	void refusesAnEmptyFile() {
		assertRejected(() -> documents.store("leer.pdf", new ByteArrayInputStream(new byte[0]), PDF_AND_PHOTOS), Reason.EMPTY);
	}

	@Test
	void refusesRenamedExecutablesWhateverTheFormAllows() {
		UploadRules anything = new UploadRules(List.of("*/*"), 1024 * 1024);

		assertRejected(() -> store("Antrag.pdf", SampleFiles.elfExecutable(), PDF_AND_PHOTOS), Reason.TYPE_NOT_ALLOWED);
		assertRejected(() -> store("Foto.jpg", SampleFiles.windowsExecutable(), PDF_AND_PHOTOS), Reason.TYPE_NOT_ALLOWED);
		assertRejected(() -> store("Antrag.pdf", SampleFiles.elfExecutable(), anything), Reason.TYPE_NOT_ALLOWED);
		assertRejected(() -> store("Foto.jpg", SampleFiles.windowsExecutable(), anything), Reason.TYPE_NOT_ALLOWED);
	}

	@Test
	void tellsWhichTypesAreAllowed() {
		UploadRejected rejected = rejection(() -> store("Antrag.pdf", "Hallo".getBytes(StandardCharsets.UTF_8), PDF_AND_PHOTOS));

		assertThat(rejected.reason()).isEqualTo(Reason.TYPE_NOT_ALLOWED);
		assertThat(rejected.arguments()).containsExactly("TXT", "PDF, JPG, PNG");
	}

	@Test
	void refusesSvgEvenWhereImagesOfAnyTypeAreAllowed() {
		UploadRules images = new UploadRules(List.of("image/*"), 1024 * 1024);

		assertRejected(() -> store("Lageplan.png", SampleFiles.svgWithScript(), images), Reason.TYPE_NOT_ALLOWED);
		assertRejected(() -> store("Lageplan.svg", SampleFiles.svgWithScript(), images), Reason.TYPE_NOT_ALLOWED);
	}

	@Test
	void refusesPdfsWithActiveContent() {
		assertRejected(() -> store("Antrag.pdf", SampleFiles.pdfWithJavaScriptOnOpen(), PDF_AND_PHOTOS), Reason.MALICIOUS_CONTENT);
		assertRejected(() -> store("Antrag.pdf", SampleFiles.pdfWithLaunchAction(), PDF_AND_PHOTOS), Reason.MALICIOUS_CONTENT);
		assertRejected(() -> store("Antrag.pdf", SampleFiles.pdfWithEmbeddedFile(), PDF_AND_PHOTOS), Reason.MALICIOUS_CONTENT);
	}

	@Test
	void refusesAZipBomb() {
		byte[] bomb = SampleFiles.zipBomb();
		assertThat(bomb.length).isLessThan(100 * 1024);

		assertRejected(() -> store("Unterlagen.zip", bomb, new UploadRules(List.of("application/zip"), 1024 * 1024)), Reason.ARCHIVE_BOMB);
		assertRejected(() -> store("Unterlagen.pdf", bomb, PDF_AND_PHOTOS), Reason.TYPE_NOT_ALLOWED);
	}

	@Test
	void knowsAWordDocumentAndRefusesOneThatUnpacksToAnAbsurdSize() {
		UploadRules word = new UploadRules(List.of(SampleFiles.DOCX), 1024 * 1024);
		byte[] text = "<w:document/>".getBytes(StandardCharsets.UTF_8);

		assertThat(store("Lebenslauf.bin", SampleFiles.docx(text), word).mediaType()).isEqualTo(SampleFiles.DOCX);
		assertThat(documents.find(store("Lebenslauf", SampleFiles.docx(text), word).id()).orElseThrow().fileName())
			.isEqualTo("Lebenslauf.docx");
		assertRejected(() -> store("Lebenslauf.docx", SampleFiles.docx(new byte[40 * 1024 * 1024]), word), Reason.ARCHIVE_BOMB);
	}

	@Test
	void reducesANameWithAPathToItsBaseNameAndKeepsUmlauts() {
		StoredDocument fromWindows = store("C:\\Users\\erika\\Bescheid Müller.pdf", SampleFiles.pdf(), PDF_AND_PHOTOS);
		StoredDocument climbing = store("../../../etc/passwd.pdf", SampleFiles.pdf(), PDF_AND_PHOTOS);
		StoredDocument disguised = store("Rechnung\u202Efdp.exe", SampleFiles.pdf(), PDF_AND_PHOTOS);
		StoredDocument endless = store("a".repeat(500) + ".pdf", SampleFiles.pdf(), PDF_AND_PHOTOS);

		assertThat(fromWindows.fileName()).isEqualTo("Bescheid Müller.pdf");
		assertThat(climbing.fileName()).isEqualTo("passwd.pdf");
		// the right-to-left override that made it read "Rechnungexe.pdf" is gone, and the type's extension added
		assertThat(disguised.fileName()).isEqualTo("Rechnungfdp.exe.pdf");
		assertThat(endless.fileName()).hasSize(120).endsWith("aaa.pdf");
		assertThat(storedFiles()).noneMatch(name -> name.contains("passwd") || name.contains("Bescheid"));
	}

	@Test
	void cleansAPhotoOfItsMetadataButKeepsWhereItWasTaken() throws Exception {
		// taken at Münster's Prinzipalmarkt, camera held upright (EXIF orientation 6: turn 90° clockwise)
		byte[] photo = SampleFiles.jpegWithExif(SampleFiles.picture(40, 20), 6, 51.9624, 7.6285, "Erika Mustermann");
		assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo)).getFirstDirectoryOfType(GpsDirectory.class))
			.as("the sample really carries a GPS position").isNotNull();

		StoredDocument stored = store("IMG_1234.JPG", photo, PDF_AND_PHOTOS);

		assertThat(stored.mediaType()).isEqualTo("image/jpeg");
		assertThat(stored.position()).isNotNull();
		assertThat(stored.position().latitude()).isEqualByComparingTo("51.9624");
		assertThat(stored.position().longitude()).isEqualByComparingTo("7.6285");
		assertThat(documents.find(stored.id()).orElseThrow().position()).isEqualTo(stored.position());
		byte[] kept;
		try (InputStream in = documents.open(stored.id())) {
			kept = in.readAllBytes();
		}
		Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(kept));
		assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
		assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
		assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("Mustermann");
		BufferedImage upright = ImageIO.read(new ByteArrayInputStream(kept));
		assertThat(upright.getWidth()).as("turned upright").isEqualTo(20);
		assertThat(upright.getHeight()).isEqualTo(40);
		// the blue corner (top left before turning) is top right once turned clockwise
		assertThat(new java.awt.Color(upright.getRGB(17, 3)).getBlue()).isGreaterThan(200);
		assertThat(new java.awt.Color(upright.getRGB(2, 37)).getBlue()).isLessThan(60);
	}

	@Test
	void reEncodesPngs() throws Exception {
		StoredDocument stored = store("Skizze.png", SampleFiles.png(SampleFiles.picture(30, 30)), PDF_AND_PHOTOS);

		assertThat(stored.mediaType()).isEqualTo("image/png");
		assertThat(stored.position()).isNull();
		try (InputStream in = documents.open(stored.id())) {
			assertThat(ImageIO.read(in).getWidth()).isEqualTo(30);
		}
	}

	@Test
	void refusesImagesThatCannotBeDecodedOrWouldFillTheMemory() {
		byte[] photo = SampleFiles.jpeg(SampleFiles.picture(40, 20));
		byte[] broken = java.util.Arrays.copyOf(photo, 200);

		assertRejected(() -> store("Foto.jpg", broken, PDF_AND_PHOTOS), Reason.UNREADABLE);
		assertRejected(() -> store("Foto.png", SampleFiles.pngDeclaring(100_000, 100_000), PDF_AND_PHOTOS), Reason.IMAGE_TOO_LARGE);
	}

	@Test
	void anUploadWhoseTransactionRollsBackLeavesNothing() {
		Set<String> before = storedFiles();
		int rows = rows();
		UUID[] id = new UUID[1];

		transactions.executeWithoutResult(status -> {
			id[0] = store("Antrag.pdf", SampleFiles.pdf(), PDF_AND_PHOTOS).id();
			assertThat(storedFiles()).contains(id[0].toString());
			status.setRollbackOnly();
		});

		assertThat(documents.find(id[0])).isEmpty();
		assertThat(rows()).isEqualTo(rows);
		assertThat(storedFiles()).isEqualTo(before);
	}

	@Test
	void deletingRemovesTheRowAndTheFile() {
		StoredDocument stored = store("Antrag.pdf", SampleFiles.pdf(), PDF_AND_PHOTOS);

		documents.delete(stored.id());

		assertThat(documents.find(stored.id())).isEmpty();
		assertThat(storedFiles()).doesNotContain(stored.id().toString());
	}

	@Test
	void everyReasonHasAMessageInGermanAndEnglish() throws IOException {
		for (String bundle : List.of("i18n/documents.properties", "i18n/documents_en.properties")) {
			java.util.Properties messages = new java.util.Properties();
			try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
				messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
			}
			for (Reason reason : Reason.values()) {
				assertThat(messages.getProperty(new UploadRejected(reason).messageKey())).as("%s in %s", reason, bundle).isNotBlank();
			}
		}
	}

	private StoredDocument store(String name, byte[] content, UploadRules rules) {
		return documents.store(name, new ByteArrayInputStream(content), rules);
	}

	/** Asserts the reason and that the attempt left no row and no file. */
	private void assertRejected(Runnable upload, Reason reason) {
		Set<String> files = storedFiles();
		int rows = rows();

		assertThat(rejection(upload).reason()).isEqualTo(reason);

		assertThat(rows()).as("rows after a refused upload").isEqualTo(rows);
		assertThat(storedFiles()).as("files after a refused upload").isEqualTo(files);
	}

	private static UploadRejected rejection(Runnable upload) {
		return (UploadRejected) org.assertj.core.api.Assertions.catchThrowableOfType(UploadRejected.class, upload::run);
	}

	private int rows() {
		return jdbc.queryForObject("select count(*) from document", Integer.class);
	}

	/** Every file under the document directory, temporary ones included. */
	private Set<String> storedFiles() {
		if (!Files.isDirectory(directory)) {
			return Set.of();
		}
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).collect(Collectors.toSet());
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
