package de.amtsportal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Gives every test application context its own database, its own SMTP server (GreenMail) and its own document
 * directory, so tests never share state. The database is H2 in memory, or — with {@code -Damtsportal.test.database=postgres}, as the
 * failsafe pass and CI run it — a fresh PostgreSQL database that is dropped when the context closes.
 * A PostgreSQL that cannot be reached fails the tests; it is never skipped.
 */
public class TestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String DATABASE = System.getProperty("amtsportal.test.database", "h2");

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = new HashMap<>();
		String name = "amtsportal_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		if ("postgres".equals(DATABASE)) {
			String adminUrl = System.getProperty("amtsportal.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
			String user = System.getProperty("amtsportal.test.postgres.user", "postgres");
			execute(adminUrl, user, "create database " + name);
			properties.put("spring.datasource.url", adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name);
			properties.put("spring.datasource.username", user);
			properties.put("spring.datasource.password", "");
			context.addApplicationListener(event -> {
				if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
					Runtime.getRuntime().addShutdownHook(new Thread(() -> execute(adminUrl, user, "drop database if exists " + name + " with (force)")));
				}
			});
		}
		else {
			properties.put("spring.datasource.url",
					"jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
		Path documents = temporaryDirectory("amtsportal-test-documents-");
		properties.put("amtsportal.documents.directory", documents.toString());
		// each context seals with its own self-signed certificate, created on start in its document directory
		properties.put("amtsportal.signing.keystore", documents.resolve("signing.p12").toString());
		context.addApplicationListener(event -> {
			if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
				FileSystemUtils.deleteRecursively(documents.toFile());
			}
		});
		GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		mail.start();
		context.getBeanFactory().registerSingleton("greenMail", mail);
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", mail.getSmtp().getPort());
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testEnvironment", properties));
		context.addApplicationListener(event -> {
			if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
				mail.stop();
			}
		});
	}

	private static Path temporaryDirectory(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void execute(String url, String user, String sql) {
		try (Connection connection = DriverManager.getConnection(url, user, "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("PostgreSQL for the tests is not reachable at " + url
					+ " (start it: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start)", e);
		}
	}
}
