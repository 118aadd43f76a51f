package de.amtsportal.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Keycloak for the tests of a class: started once before its first test, stopped (SIGTERM) after its
 * last one, and on JVM exit should the JVM end first. The distribution is the {@code keycloak-quarkus-dist} zip
 * that the Maven build unpacks into {@code target/keycloak} in {@code pre-integration-test}. It runs offline in
 * development mode with an in-memory database, so every start imports the realm afresh; its output goes to
 * {@code target/keycloak.log}.
 * <p>
 * The realm file may use {@code ${AMTSPORTAL_URL}} for the address of the application under test (its redirect
 * URIs): {@link #applicationPort()} is chosen up front so that Keycloak can register exact URIs, as it would in
 * production.
 */
public final class KeycloakServer implements BeforeAllCallback, AfterAllCallback {

	/** Features that fetch documents from elsewhere or talk to systems outside this machine. */
	private static final String OUTWARD_FEATURES = "kerberos,ipa-tuura-federation,kubernetes-service-accounts,spiffe,"
			+ "cimd,opentelemetry,opentelemetry-logs,opentelemetry-metrics,twitter-broker,instagram-broker";
	private static final Path TEMURIN_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
	private static final Duration STARTUP = Duration.ofMinutes(6);

	private final String realmResource;
	private final String realm;
	private final int port = freePort();
	private final int applicationPort = freePort();
	private final Path target = Path.of("target").toAbsolutePath();
	private final Path log = target.resolve("keycloak.log");
	private final Path pidFile = target.resolve("keycloak.pid");
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
	private Process process;
	private Thread shutdownHook;

	/**
	 * @param realmResource class path resource of the realm to import
	 * @param realm its name
	 */
	public KeycloakServer(String realmResource, String realm) {
		this.realmResource = realmResource;
		this.realm = realm;
	}

	/** Where Keycloak answers, e.g. {@code http://127.0.0.1:41234}. */
	public String url() {
		return "http://127.0.0.1:" + port;
	}

	/** The realm's issuer, as in its tokens and for Spring's {@code issuer-uri}. */
	public String issuer() {
		return url() + "/realms/" + realm;
	}

	/** The port the application under test must listen on: its redirect URIs in the realm point there. */
	public int applicationPort() {
		return applicationPort;
	}

	/** The application's address as the realm knows it ({@code ${AMTSPORTAL_URL}}). */
	public String applicationUrl() {
		return "http://localhost:" + applicationPort;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		Path home = home();
		stopLeftoverFromEarlierRun(home);
		Path imports = home.resolve("data/import");
		Files.createDirectories(imports);
		try (Stream<Path> old = Files.list(imports)) {
			for (Path file : old.toList()) {
				Files.delete(file);
			}
		}
		try (InputStream realmFile = Objects.requireNonNull(getClass().getClassLoader().getResourceAsStream(realmResource),
				realmResource)) {
			Files.copy(realmFile, imports.resolve(realm + "-realm.json"));
		}
		ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
				"--http-host=127.0.0.1", "--http-port=" + port, "--hostname=" + url(), "--db=dev-mem", "--import-realm",
				"--features-disabled=" + OUTWARD_FEATURES)
			.directory(home.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		Map<String, String> environment = builder.environment();
		environment.put("JAVA_HOME", (Files.isDirectory(TEMURIN_25) ? TEMURIN_25 : Path.of(System.getProperty("java.home"))).toString());
		environment.remove("JAVA_OPTS");
		environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
		environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", UUID.randomUUID().toString());
		environment.put("AMTSPORTAL_URL", applicationUrl());
		Instant started = Instant.now();
		process = builder.start();
		Files.writeString(pidFile, Long.toString(process.pid()));
		shutdownHook = new Thread(this::stop, "keycloak-shutdown");
		Runtime.getRuntime().addShutdownHook(shutdownHook);
		awaitRealm(started);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		stop();
		if (shutdownHook != null) {
			try {
				Runtime.getRuntime().removeShutdownHook(shutdownHook);
			}
			catch (IllegalStateException alreadyShuttingDown) {
				// the hook runs anyway, and finds nothing left to stop
			}
		}
	}

	private void awaitRealm(Instant started) throws InterruptedException {
		HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
			.timeout(Duration.ofSeconds(5)).build();
		while (Duration.between(started, Instant.now()).compareTo(STARTUP) < 0) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Keycloak ended with exit code " + process.exitValue() + ":\n" + tail());
			}
			try {
				if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notListeningYet) {
				// keep polling
			}
			Thread.sleep(500);
		}
		stop();
		throw new IllegalStateException("Keycloak did not serve realm " + realm + " within " + STARTUP + ":\n" + tail());
	}

	private synchronized void stop() {
		if (process == null) {
			return;
		}
		List<ProcessHandle> children = process.descendants().toList();
		// kc.sh passes SIGTERM on to the Keycloak JVM and waits for it to shut down
		process.destroy();
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
			for (ProcessHandle child : children) {
				if (child.isAlive()) {
					child.destroyForcibly();
				}
			}
			Files.deleteIfExists(pidFile);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			process = null;
		}
	}

	/** A Keycloak of an earlier run whose JVM was killed before it could stop it: ours, so ours to end. */
	private void stopLeftoverFromEarlierRun(Path home) throws IOException {
		if (!Files.exists(pidFile)) {
			return;
		}
		ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
			.filter(leftover -> leftover.info().commandLine().orElse("").contains(home.toString()))
			.ifPresent(leftover -> {
				leftover.descendants().forEach(ProcessHandle::destroy);
				leftover.destroy();
			});
		Files.delete(pidFile);
	}

	private Path home() {
		String configured = System.getProperty("amtsportal.test.keycloak.home");
		Path home = configured != null ? Path.of(configured) : target.resolve("keycloak").resolve("keycloak-unknown");
		if (configured == null && Files.isDirectory(target.resolve("keycloak"))) {
			// run from an IDE after a Maven build: take the unpacked distribution that is there
			try (Stream<Path> unpacked = Files.list(target.resolve("keycloak"))) {
				home = unpacked.filter(p -> p.getFileName().toString().startsWith("keycloak-")).findFirst().orElse(home);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
			throw new IllegalStateException("No Keycloak at " + home + ". The Maven build unpacks it before the integration "
					+ "tests (./mvnw verify); to unpack it alone: ./mvnw dependency:unpack@keycloak");
		}
		return home;
	}

	private String tail() {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException e) {
			return "(no log at " + log + ")";
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
}
