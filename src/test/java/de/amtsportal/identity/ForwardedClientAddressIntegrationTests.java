package de.amtsportal.identity;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.HttpBrowser;
import de.amtsportal.support.ServerIntegrationTest;
import de.amtsportal.support.Stored;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a reverse proxy that appends the client's address to X-Forwarded-For (nginx:
 * {@code $proxy_add_x_forwarded_for}), the sign-in limit and the audit trail use that address — not the
 * entries the client wrote into the header itself.
 */
@ServerIntegrationTest
class ForwardedClientAddressIntegrationTests {

	static final String CLIENT = "198.51.100.77";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void theAddressTheProxyAppendedCountsNotTheOnesTheClientForged() throws Exception {
		Account account = new TestAccounts(context).citizen("hinter-proxy-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
		HttpBrowser browser = new HttpBrowser(port);
		for (int i = 1; i <= 20; i++) {
			String location = browser.signIn("gibt-es-nicht-" + i + "@example.org", "Geraten " + i,
					"X-Forwarded-For", "203.0.113." + i + ", " + CLIENT);
			assertThat(location).endsWith("/konto/anmelden?fehler=credentials");
		}
		assertThat(browser.signIn(account.email(), TestAccounts.PASSWORD, "X-Forwarded-For", "192.0.2.99, " + CLIENT))
			.endsWith("/konto/anmelden?fehler=throttled");

		List<String> audited = new Stored(context).jdbc()
			.queryForList("select distinct client_address from audit_entry where action = 'sign-in.failed' and actor = 'anonymous'"
					+ " and client_address not like '10.%'", String.class);
		assertThat(audited).containsExactly(CLIENT);
	}
}
