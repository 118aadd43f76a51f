package de.amtsportal.identity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import de.amtsportal.audit.AuditTrail;
import de.amtsportal.audit.ChainVerification;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.StaffFixtures;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.ClientAddresses;
import de.amtsportal.support.IntegrationTest;
import de.amtsportal.support.Mailbox;
import de.amtsportal.support.MovableClock;
import de.amtsportal.support.Stored;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The audit trail records what a person does with their account — registration, sign-in (failed and
 * successful), password change, sign-out — and its hash chain shows when a row was altered afterwards.
 */
@IntegrationTest
@Import(MovableClock.Configuration.class)
class AuditTrailIntegrationTests {

	static final String PASSWORD = "Fahrrad Kompass Laterne 7";
	static final String NEW_PASSWORD = "Leuchtturm Abendrot Segelboot 9";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AuditTrail audit;

	@Test
	void anAccountsLifeIsRecordedAndTheChainRevealsAnAlteredRow() throws Exception {
		Stored stored = new Stored(context);
		String email = "protokoll-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		String address = ClientAddresses.fresh();

		mvc.perform(post("/konto/registrieren").with(csrf()).with(ClientAddresses.from(address))
			.param("givenName", "Paula").param("familyName", "Protokoll").param("email", email)
			.param("password", PASSWORD).param("passwordConfirmation", PASSWORD).param("privacyAccepted", "true"))
			.andExpect(redirectedUrl("/konto/registrieren/gesendet"));
		mvc.perform(post("/konto/bestaetigen").with(csrf()).with(ClientAddresses.from(address))
			.param("token", new Mailbox(context).token(email, 1)))
			.andExpect(redirectedUrl("/konto/anmelden?bestaetigt"));
		mvc.perform(post("/konto/anmelden").with(csrf()).with(ClientAddresses.from(address))
			.param("email", email).param("password", "Falsch geraten 123"))
			.andExpect(redirectedUrl("/konto/anmelden?fehler=credentials"));
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/konto/anmelden").session(session).with(csrf()).with(ClientAddresses.from(address))
			.param("email", email).param("password", PASSWORD))
			.andExpect(redirectedUrl("/konto"));
		mvc.perform(post("/konto/passwort-aendern").session(session).with(csrf()).with(ClientAddresses.from(address))
			.param("currentPassword", PASSWORD).param("password", NEW_PASSWORD).param("passwordConfirmation", NEW_PASSWORD))
			.andExpect(redirectedUrl("/konto?passwort-geaendert"));
		mvc.perform(post("/konto/abmelden").session(session).with(csrf()).with(ClientAddresses.from(address)))
			.andExpect(redirectedUrl("/konto/abgemeldet"));

		String id = stored.jdbc().queryForObject("select id from account where email = ?", UUID.class, email).toString();
		List<Map<String, Object>> entries = stored.jdbc().queryForList(
				"select seq, action, subject, details, client_address from audit_entry where actor = ? order by seq", id);
		assertThat(entries).extracting(e -> e.get("action")).containsExactly("account.registered", "account.email-confirmed",
				"sign-in.failed", "sign-in", "password.changed", "sign-out");
		assertThat(entries).allSatisfy(entry -> {
			assertThat(entry.get("subject")).isEqualTo(id);
			assertThat(entry.get("client_address")).isEqualTo(address);
		});
		assertThat(entries.get(2).get("details")).isEqualTo("wrong-password");
		assertThat(entries.get(3).get("details")).isEqualTo("password");

		StaffFixtures staff = new StaffFixtures(context);
		Account auditor = new TestAccounts(context).administrator("revision-" + UUID.randomUUID().toString().substring(0, 8) + "@teststadt.example");
		ChainVerification intact = staff.as(auditor, audit::verify);
		assertThat(intact.intact()).isTrue();
		assertThat(intact.entriesChecked()).isEqualTo(stored.auditEntries());

		long changed = ((Number) entries.get(4).get("seq")).longValue();
		stored.jdbc().update("update audit_entry set details = 'password reset by the help desk' where seq = ?", changed);
		try {
			ChainVerification broken = staff.as(auditor, audit::verify);
			assertThat(broken.intact()).isFalse();
			assertThat(broken.firstBrokenSeq()).isEqualTo(changed);
		}
		finally {
			stored.jdbc().update("update audit_entry set details = null where seq = ?", changed);
		}
		assertThat(staff.as(auditor, audit::verify).intact()).isTrue();
	}
}
