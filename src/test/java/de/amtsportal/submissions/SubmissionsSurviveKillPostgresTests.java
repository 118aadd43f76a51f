package de.amtsportal.submissions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.util.FileSystemUtils;

import de.amtsportal.support.HttpBrowser;
import de.amtsportal.support.PortalProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing an applicant saw confirmed is lost when the portal dies. The packaged portal runs as a process of its
 * own on a PostgreSQL database of its own; applicants fill in and submit the bulky waste form over HTTP (session
 * cookie, CSRF token, form posts) and replay their submits — later, and as double clicks — while the process is
 * killed with SIGKILL at random moments and started again. Afterwards every confirmed submission exists exactly
 * once, under the reference the applicant read, with the {@link SubmissionReceived} publication that makes the
 * authority's work on it happen, and every replay was answered with the same confirmation.
 */
// four starts of the portal make most of the time; the limit only guards against a hang on a busy machine
@Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES)
class SubmissionsSurviveKillPostgresTests {

	private static final String SERVICE = "sperrmuell-abholung";
	private static final Pattern DRAFT_PAGE = Pattern.compile("/antrag/" + SERVICE + "/([0-9a-f-]{36})/abholort");
	private static final Pattern CONFIRMATION = Pattern.compile("/antraege/([0-9a-f-]{36})/bestaetigung");
	private static final Pattern REFERENCE = Pattern.compile("portal-reference\">(MUS-\\d{4}-\\d{6,})<");
	private static final int APPLICANTS = 6;
	private static final int KILLS = 3;
	private static final Duration START_LIMIT = Duration.ofMinutes(3);

	private final String adminUrl = System.getProperty("amtsportal.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
	private final String user = System.getProperty("amtsportal.test.postgres.user", "postgres");
	private final String database = "amtsportal_kill_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	private final Queue<Confirmed> confirmed = new ConcurrentLinkedQueue<>();
	private final Queue<String> problems = new ConcurrentLinkedQueue<>();
	private final AtomicInteger replays = new AtomicInteger();
	private final AtomicInteger interrupted = new AtomicInteger();
	private final AtomicBoolean up = new AtomicBoolean();
	private final AtomicBoolean done = new AtomicBoolean();
	private GreenMail mail;
	private Path work;
	private PortalProcess portal;

	/** What an applicant saw: the confirmation page of their draft's submission, and the reference on it (if it loaded). */
	record Confirmed(UUID draft, UUID submission, @Nullable String reference) {
	}

	@BeforeEach
	void ownDatabaseAndMailServer() throws Exception {
		execute(adminUrl, "create database " + database);
		mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		mail.start();
		work = Files.createTempDirectory("amtsportal-kill-");
		portal = new PortalProcess(databaseUrl(), user, work, mail.getSmtp().getPort());
	}

	@AfterEach
	void cleanUp() throws Exception {
		done.set(true);
		portal.close();
		mail.stop();
		FileSystemUtils.deleteRecursively(work);
		execute(adminUrl, "drop database if exists " + database + " with (force)");
	}

	@Test
	void everyConfirmedSubmissionSurvivesKillsExactlyOnce() throws Exception {
		ExecutorService applicants = Executors.newFixedThreadPool(APPLICANTS * 2);
		List<CompletableFuture<Void>> running = new ArrayList<>();
		for (int i = 0; i < APPLICANTS; i++) {
			running.add(CompletableFuture.runAsync(() -> applyUntilDone(applicants), applicants));
		}
		int confirmedBeforeLastKill = 0;
		for (int round = 0; round < KILLS; round++) {
			portal.start("/antrag/" + SERVICE, START_LIMIT);
			up.set(true);
			Thread.sleep(ThreadLocalRandom.current().nextLong(3_000, 7_000));
			up.set(false);
			portal.kill();
			confirmedBeforeLastKill = confirmed.size();
		}
		portal.start("/antrag/" + SERVICE, START_LIMIT);
		up.set(true);
		Thread.sleep(4_000);
		done.set(true);
		CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get();
		applicants.shutdown();

		assertThat(problems).as("answers the portal gave while it was up").isEmpty();
		assertThat(confirmedBeforeLastKill).as("submissions confirmed before the last kill").isGreaterThanOrEqualTo(KILLS);
		assertThat(interrupted.get()).as("journeys the kills cut short").isPositive();
		assertThat(replays.get()).as("replayed submits answered").isPositive();

		try (Connection db = DriverManager.getConnection(databaseUrl(), user, "")) {
			for (Confirmed c : confirmed) {
				assertThat(rows(db, "select draft_id, reference from submission where id = ?", c.submission()))
					.as("the confirmed submission %s", c.submission())
					.containsExactly(c.draft() + " " + (c.reference() == null ? reference(db, c.submission()) : c.reference()));
				assertThat(rows(db, "select id from submission where draft_id = ?", c.draft())).as("submissions of draft %s", c.draft())
					.containsExactly(c.submission().toString());
				if (c.reference() != null) {
					assertThat(rows(db, "select id from submission where reference = ?", c.reference())).as("submissions with reference %s", c.reference())
						.containsExactly(c.submission().toString());
				}
				assertThat(rows(db, "select submission_id from submission_draft where id = ?", c.draft())).containsExactly(c.submission().toString());
				// the confirmation mail is queued, or still waits in the backlog (committed with the submission, ADR 0029)
				assertThat(rows(db, "select kind from backlog_item where item = ?", c.submission()).contains("confirmation-mail")
						|| !rows(db, "select id from outgoing_mail where subject like '%(' || (select reference from submission where id = ?) || ')'",
								c.submission()).isEmpty())
					.as("the confirmation mail of %s", c.submission()).isTrue();
			}
			assertThat(rows(db, "select draft_id from submission group by draft_id having count(*) > 1")).isEmpty();
			assertThat(rows(db, "select reference from submission group by reference having count(*) > 1")).isEmpty();
			assertThat(confirmed.stream().map(Confirmed::submission).distinct().count()).isEqualTo(confirmed.size());
		}
	}

	/** One applicant: journey after journey; a journey the kill cut short is abandoned (its session died with the process). */
	private void applyUntilDone(ExecutorService pool) {
		while (!done.get()) {
			if (!up.get()) {
				pause(100);
				continue;
			}
			try {
				journey(pool);
			}
			catch (Exception e) {
				if (connectionLost(e)) {
					interrupted.incrementAndGet();
				}
				else if (up.get()) {
					problems.add(e.toString());
				}
			}
		}
	}

	private void journey(ExecutorService pool) throws Exception {
		HttpBrowser browser = new HttpBrowser(portal.port());
		String start = "/antrag/" + SERVICE;
		expect(browser.get(start, "Accept-Language", "de"), 200, null);
		UUID draft = UUID.fromString(group(DRAFT_PAGE, expect(browser.post(start, Map.of()), 302, DRAFT_PAGE)));
		String base = start + "/" + draft + "/";
		expect(browser.post(base + "abholort", Map.of("f.vorname", "Erika", "f.nachname", "Mustermann", "f.anschrift.strasse", "Marktplatz",
				"f.anschrift.hausnummer", "1", "f.anschrift.plz", "12345", "f.anschrift.ort", "Musterstadt", "f.email", "erika@example.org")), 302, null);
		expect(browser.post(base + "gegenstaende", Map.of("f.gegenstaende", "Ein Sofa, zwei Matratzen", "f.menge", "bis-3")), 302, null);
		String confirmation;
		if (ThreadLocalRandom.current().nextInt(3) == 0) {
			// a double click: two submits of the same draft at once get the same confirmation
			CompletableFuture<String> other = CompletableFuture.supplyAsync(() -> submit(browser, base), pool);
			confirmation = submit(browser, base);
			assertSame(confirmation, other.join(), draft);
		}
		else {
			confirmation = submit(browser, base);
		}
		UUID submission = UUID.fromString(group(CONFIRMATION, confirmation));
		String reference = null;
		try {
			reference = group(REFERENCE, expect(browser.get(confirmation), 200, null));
		}
		finally {
			confirmed.add(new Confirmed(draft, submission, reference));
		}
		// replayed later (the back button, a retry): the same confirmation again, nothing new
		assertSame(confirmation, submit(browser, base), draft);
		replays.incrementAndGet();
	}

	private static boolean connectionLost(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException) {
				return true;
			}
		}
		return false;
	}

	private String submit(HttpBrowser browser, String base) {
		try {
			return expect(browser.post(base + "absenden", Map.of()), 302, CONFIRMATION);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private void assertSame(String first, String second, UUID draft) {
		if (!first.equals(second)) {
			problems.add("draft " + draft + " was confirmed as " + first + " and as " + second);
		}
	}

	/** The status, and for redirects the target; anything else is a problem the portal must not have. */
	private static String expect(HttpBrowser.Response response, int status, @Nullable Pattern location) throws IOException {
		if (response.status() != status) {
			throw new IllegalStateException("HTTP " + response.status() + " from " + response.raw().uri());
		}
		if (status == 302) {
			String target = response.header("Location");
			if (location != null && (target == null || !location.matcher(target).find())) {
				throw new IllegalStateException("redirect to " + target + " from " + response.raw().uri());
			}
			return target.replaceFirst("^https?://[^/]+", "");
		}
		return response.body();
	}

	private static String group(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("no " + pattern + " in " + text.substring(0, Math.min(200, text.length())));
		}
		return matcher.group(1);
	}

	private String databaseUrl() {
		return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;
	}

	private static String reference(Connection db, UUID submission) throws SQLException {
		List<String> references = rows(db, "select reference from submission where id = ?", submission);
		return references.isEmpty() ? "(none)" : references.get(0);
	}

	/** The rows of a query, each as its columns joined by a space. */
	private static List<String> rows(Connection db, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			List<String> rows = new ArrayList<>();
			try (ResultSet result = statement.executeQuery()) {
				int columns = result.getMetaData().getColumnCount();
				while (result.next()) {
					StringBuilder row = new StringBuilder();
					for (int c = 1; c <= columns; c++) {
						row.append(c > 1 ? " " : "").append(result.getString(c));
					}
					rows.add(row.toString());
				}
			}
			return rows;
		}
	}

	private void execute(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, "")) {
			connection.createStatement().execute(sql);
		}
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
