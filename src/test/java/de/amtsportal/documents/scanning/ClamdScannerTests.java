package de.amtsportal.documents.scanning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.amtsportal.documents.UploadRejected;
import de.amtsportal.documents.UploadRejected.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Against a real ClamAV daemon (Debian's {@code clamav-daemon}), started here with a signature database of one
 * entry — the EICAR test file's hash — since the machines cannot download ClamAV's databases. Skipped, with a
 * message, only when clamd is not installed.
 */
class ClamdScannerTests {

	/** The industry's harmless test "virus"; built from parts so that no scanner flags this source file. */
	static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!" + "$H+H*";
	private static final Path CLAMD = Path.of("/usr/sbin/clamd");

	@TempDir
	static Path home;
	static Process clamd;
	static int port;

	@BeforeAll
	static void startClamd() throws Exception {
		// a missing scanner fails the build rather than skipping: .ci/run installs it
		if (!Files.isExecutable(CLAMD)) {
			throw new IllegalStateException("The virus scanner tests need clamd: apt-get install -y clamav-daemon");
		}
		Path database = Files.createDirectories(home.resolve("db"));
		byte[] eicar = EICAR.getBytes(StandardCharsets.US_ASCII);
		Files.writeString(database.resolve("amtsportal-test.hdb"),
				HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(eicar)) + ":" + eicar.length + ":Amtsportal.Test.EICAR\n");
		port = freePort();
		Path config = Files.writeString(home.resolve("clamd.conf"), String.join("\n",
				"DatabaseDirectory " + database, "TCPSocket " + port, "TCPAddr 127.0.0.1", "Foreground yes",
				"LogFile " + home.resolve("clamd.log"), "StreamMaxLength 1M", "SelfCheck 0", ""));
		clamd = new ProcessBuilder(CLAMD.toString(), "-c", config.toString()).redirectErrorStream(true)
			.redirectOutput(home.resolve("clamd.out").toFile()).start();
		ClamdScanner scanner = scanner(port);
		Instant deadline = Instant.now().plusSeconds(60);
		while (!scanner.ping()) {
			assertThat(clamd.isAlive()).as("clamd runs (see %s)", home.resolve("clamd.out")).isTrue();
			assertThat(Instant.now()).as("clamd answers within a minute").isBefore(deadline);
			Thread.sleep(200);
		}
	}

	@AfterAll
	static void stopClamd() {
		if (clamd != null) {
			clamd.destroy();
		}
	}

	@Test
	void letsACleanFilePass() throws IOException {
		Path clean = Files.writeString(home.resolve("antrag.txt"), "Antrag auf einen Bewohnerparkausweis");

		assertThatCode(() -> scanner(port).scan(clean)).doesNotThrowAnyException();
	}

	@Test
	void refusesAnInfectedFile() throws IOException {
		Path infected = Files.writeString(home.resolve("rechnung.pdf"), EICAR, StandardCharsets.US_ASCII);

		assertThat(catchThrowableOfType(UploadRejected.class, () -> scanner(port).scan(infected)).reason()).isEqualTo(Reason.INFECTED);
	}

	@Test
	void failsClosedWhenClamdRefusesTheFile() throws IOException {
		Path large = Files.write(home.resolve("gross.bin"), new byte[2 * 1024 * 1024]);

		assertThat(catchThrowableOfType(UploadRejected.class, () -> scanner(port).scan(large)).reason())
			.as("over clamd's StreamMaxLength").isEqualTo(Reason.SCANNER_UNAVAILABLE);
	}

	@Test
	void failsClosedWhenClamdIsDown() throws IOException {
		Path clean = Files.writeString(home.resolve("antrag2.txt"), "Antrag");
		int nobody = freePort();

		assertThat(catchThrowableOfType(UploadRejected.class, () -> scanner(nobody).scan(clean)).reason())
			.isEqualTo(Reason.SCANNER_UNAVAILABLE);
	}

	private static int freePort() throws IOException {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static ClamdScanner scanner(int port) {
		return new ClamdScanner("127.0.0.1", port, Duration.ofSeconds(10));
	}
}
