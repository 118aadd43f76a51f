package de.amtsportal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the production profile half-configured: no embedded database, no demo profile beside it,
 * a real SMTP server and a public https base URL. Registered in META-INF/spring.factories so it runs before
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
		String deliverySecret = environment.getProperty("amtsportal.delivery.link-secret", "");
		if (deliverySecret.length() < 32 || deliverySecret.startsWith("demo-only")) {
			problems.add("set AMTSPORTAL_DELIVERY_LINK_SECRET to a random secret of at least 32 characters");
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Production configuration incomplete: " + String.join("; ", problems));
		}
	}
}
