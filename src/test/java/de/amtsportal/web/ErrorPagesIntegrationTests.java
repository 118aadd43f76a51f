package de.amtsportal.web;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.HttpBrowser;
import de.amtsportal.support.FailingPage;
import de.amtsportal.support.ServerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages as the container renders them: inside the portal's layout, in the user's language, with the
 * security headers — and without a stack trace, an exception class or SQL.
 */
@ServerIntegrationTest
class ErrorPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	HttpBrowser browser;

	TestAccounts people;

	@BeforeEach
	void setUp() {
		browser = new HttpBrowser(port);
		people = new TestAccounts(context);
	}

	@Test
	void unknownPageForASignedInUser() throws Exception {
		signInAsCitizen();
		HttpBrowser.Response response = browser.get("/konto/gibt-es-nicht");
		assertThat(response.status()).isEqualTo(404);
		assertErrorPage(response, "Seite nicht gefunden");
		assertThat(response.body()).contains("Mein Konto");

		HttpBrowser.Response english = browser.get("/konto/gibt-es-nicht", "Accept-Language", "en");
		assertThat(english.status()).isEqualTo(404);
		assertErrorPage(english, "Page not found");
	}

	@Test
	void backOfficeForACitizen() throws Exception {
		signInAsCitizen();
		HttpBrowser.Response response = browser.get("/amt");
		assertThat(response.status()).isEqualTo(403);
		assertErrorPage(response, "Kein Zugriff");
	}

	@Test
	void failingPage() throws Exception {
		signInAsCitizen();
		HttpBrowser.Response response = browser.get(FailingPage.PATH);
		assertThat(response.status()).isEqualTo(500);
		assertErrorPage(response, "Ein Fehler ist aufgetreten");
		assertThat(response.body()).doesNotContain("insert into").doesNotContain("password_hash")
			.doesNotContain("geheim@example.org").doesNotContain("argon2");
	}

	private void signInAsCitizen() throws Exception {
		Account citizen = people.citizen("fehler-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
		assertThat(browser.signIn(citizen.email(), TestAccounts.PASSWORD)).endsWith("/konto");
	}

	private static void assertErrorPage(HttpBrowser.Response response, String title) {
		assertThat(response.header("Content-Type")).startsWith("text/html");
		assertThat(response.body())
			.contains("<h1 class=\"kern-heading-x-large\">" + title + "</h1>")
			.contains("class=\"portal-header\"")
			.contains("class=\"portal-footer\"")
			.doesNotContain("Exception")
			.doesNotContain("\tat ")
			.doesNotContain("de.amtsportal.")
			.doesNotContain("org.springframework")
			.doesNotContainIgnoringCase("select ")
			.doesNotContain("Whitelabel");
		assertThat(response.header("Content-Security-Policy")).contains("script-src 'self'");
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
	}
}
