package de.amtsportal.support;

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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The packaged portal (the jar {@code mvn package} built) as a process of its own, in the demo run on a
 * PostgreSQL database of its own, for what only a real process shows: being killed with SIGKILL and started
 * again on the same database. Its output goes to a log file under {@code target/} for the post-mortem.
 */
public final class PortalProcess implements AutoCloseable {

	private final Path jar;
	private final List<String> arguments;
	private final Path log;
	private final int port;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
	private Process process;
	private int starts;

	/**
	 * @param database JDBC address of a database the portal owns
	 * @param workDirectory where its search index and documents live (kept across restarts, like on a server)
	 * @param smtpPort where it delivers mail
	 */
	public PortalProcess(String database, String user, Path workDirectory, int smtpPort) {
		this.jar = packagedJar();
		this.port = freePort();
		this.log = Path.of("target", "portal-process-" + port + ".log");
		this.arguments = List.of("--server.port=" + port, "--spring.datasource.url=" + database,
				"--spring.datasource.username=" + user, "--spring.datasource.password=",
				"--amtsportal.search.index-directory=" + workDirectory.resolve("index"),
				"--amtsportal.documents.directory=" + workDirectory.resolve("documents"),
				"--amtsportal.base-url=http://localhost:" + port, "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
				"--logging.level.root=WARN");
	}

	public int port() {
		return port;
	}

	/** Starts the process and waits until the given page answers 200 (the demo content is in place). */
	public void start(String readyPath, Duration timeout) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// the quick compiler only: restarts matter here, not peak throughput (two cores, several starts per test)
		command.addAll(List.of("-Xms256m", "-Xmx768m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
		command.addAll(arguments);
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(starts++ == 0 ? ProcessBuilder.Redirect.to(log.toFile()) : ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The portal exited with " + process.exitValue() + "; see " + log.toAbsolutePath());
			}
			if (answers(readyPath)) {
				return;
			}
			sleep(Duration.ofMillis(250));
		}
		throw new IllegalStateException("The portal did not answer " + readyPath + " within " + timeout + "; see " + log.toAbsolutePath());
	}

	/** SIGKILL: no shutdown hook, no connection pool closed, no transaction finished — as a power cut. */
	public void kill() {
		process.destroyForcibly();
		try {
			process.waitFor();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		if (process != null && process.isAlive()) {
			process.destroy();
			try {
				if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
					kill();
				}
			}
			catch (InterruptedException e) {
				kill();
				Thread.currentThread().interrupt();
			}
		}
	}

	private boolean answers(String path) {
		try {
			HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (IOException e) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static Path packagedJar() {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(p -> p.getFileName().toString().matches("amtsportal-.*\\.jar"))
				.filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No packaged portal in target/: run mvn package (verify does) first"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
