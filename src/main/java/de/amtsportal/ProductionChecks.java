package de.amtsportal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the production profile half-configured: no embedded database, no demo profile beside it,
 * a real SMTP server, a public https base URL and the authority's signing keystore. Registered in META-INF/spring.factories so it runs before
 * any bean (and any connection) exists.
 */
public class ProductionChecks implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		if (!environment.acceptsProfiles(Profiles.of("prod"))) {
			return;
		}
		List<String> problems = new ArrayList<>();
		if (environment.acceptsProfiles(Profiles.of("demo"))) {
			problems.add("the demo profile must not be active together with prod");
		}
		String url = environment.getProperty("spring.datasource.url", "");
		if (url.isBlank() || url.startsWith("jdbc:h2:")) {
			problems.add("set SPRING_DATASOURCE_URL to a PostgreSQL database");
		}
		if (environment.getProperty("spring.mail.host", "").isBlank()) {
			problems.add("set SPRING_MAIL_HOST (and port/credentials) to the SMTP server");
		}
		if (!environment.getProperty("amtsportal.base-url", "").startsWith("https://")) {
			problems.add("set AMTSPORTAL_BASE_URL to the public https address of the portal");
		}
		String linkSecret = environment.getProperty("amtsportal.submissions.link-secret", "");
		if (linkSecret.length() < 32 || linkSecret.startsWith("demo-only")) {
			problems.add("set AMTSPORTAL_SUBMISSIONS_LINK_SECRET to a random secret of at least 32 characters");
		}
		String keystore = environment.getProperty("amtsportal.signing.keystore", "");
		if (keystore.isBlank() || !Files.isRegularFile(Path.of(keystore))) {
			problems.add("set AMTSPORTAL_SIGNING_KEYSTORE to the PKCS#12 keystore with the authority's signing certificate");
		}
		String signingPassword = environment.getProperty("amtsportal.signing.password", "");
		if (signingPassword.isBlank() || signingPassword.startsWith("demo-only")) {
			problems.add("set AMTSPORTAL_SIGNING_PASSWORD to the password of the signing keystore");
		}
		if (environment.getProperty("amtsportal.signing.generate-if-missing", Boolean.class, false)) {
			problems.add("amtsportal.signing.generate-if-missing must be false: decisions are sealed with the authority's certificate");
		}
		String deliverySecret = environment.getProperty("amtsportal.delivery.link-secret", "");
		if (deliverySecret.length() < 32 || deliverySecret.startsWith("demo-only")) {
			problems.add("set AMTSPORTAL_DELIVERY_LINK_SECRET to a random secret of at least 32 characters");
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Production configuration incomplete: " + String.join("; ", problems));
		}
	}
}
