package de.amtsportal.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3Mock — a real S3 API server — as its own Java process (no Docker), started once per test JVM from the jar
 * the build copies to {@code target/s3mock}, with the bucket {@value #BUCKET}; stopped when the JVM exits.
 */
final class S3MockServer {

	static final String BUCKET = "documents";
	private static final Path JAR = Path.of("target/s3mock/s3mock.jar");
	private static S3MockServer running;

	private final Process process;
	private final int port;

	private S3MockServer(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static synchronized S3MockServer get() {
		if (running == null) {
			running = start();
			Runtime.getRuntime().addShutdownHook(new Thread(running.process::destroy));
		}
		return running;
	}

	String endpoint() {
		return "http://127.0.0.1:" + port;
	}

	S3Client client() {
		return S3Client.builder()
			.endpointOverride(URI.create(endpoint()))
			.region(Region.EU_CENTRAL_1)
			.forcePathStyle(true)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.build();
	}

	private static S3MockServer start() {
		if (!Files.isRegularFile(JAR)) {
			throw new IllegalStateException(JAR + " is missing: run the tests through Maven (the build copies S3Mock there)");
		}
		try {
			int port = freePort();
			Path root = Files.createTempDirectory("s3mock-");
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			Process process = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(),
					"--server.port=0", "--com.adobe.testing.s3mock.http-port=" + port,
					"--com.adobe.testing.s3mock.store.root=" + root, "--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET,
					"--spring.main.banner-mode=off")
				.redirectErrorStream(true)
				.redirectOutput(JAR.resolveSibling("s3mock.log").toFile())
				.start();
			S3MockServer server = new S3MockServer(process, port);
			server.awaitReady(Duration.ofMinutes(2));
			return server;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void awaitReady(Duration timeout) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("S3Mock ended at start-up; see target/s3mock/s3mock.log");
			}
			try {
				HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(endpoint() + "/")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException e) {
				// not listening yet
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
			sleep();
		}
		process.destroy();
		throw new IllegalStateException("S3Mock did not start within " + timeout + "; see target/s3mock/s3mock.log");
	}

	private static void sleep() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
