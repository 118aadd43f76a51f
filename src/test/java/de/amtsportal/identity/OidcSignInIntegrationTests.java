package de.amtsportal.identity;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import dev.samstevens.totp.code.DefaultCodeGenerator;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import de.amtsportal.access.Role;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.Accounts;
import de.amtsportal.identity.internal.Membership;

import de.amtsportal.support.HtmlClient;
import de.amtsportal.support.HtmlClient.Page;
import de.amtsportal.support.KeycloakServer;
import de.amtsportal.support.TestEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in through an identity provider, against a real Keycloak and the application on a real port: a person
 * clicks through both as in a browser (without JavaScript), and sees what the portal makes of it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestEnvironment.class)
class OidcSignInIntegrationTests {

	/** The realm's users: ids are fixed in the realm file, so they are the subjects the portal sees. */
	static final String LENA = "5b0c7d3e-2f4a-4c1e-9a7b-0e6d1c2b3a41";
	static final String JONAS_AT_PROVIDER = "9e1f4a6b-7c2d-4e3f-8a5b-1d0c9b8a7f62";
	static final String ERIKA = "c3d2e1f0-4b5a-4978-8e6d-2f1a0b9c8d73";
	static final String PROVIDER_NAME = "Servicekonto Musterland";

	@RegisterExtension
	static final KeycloakServer keycloak = new KeycloakServer("keycloak/amtsportal-realm.json", "amtsportal");

	@DynamicPropertySource
	static void identityProvider(DynamicPropertyRegistry registry) {
		registry.add("server.port", keycloak::applicationPort);
		registry.add("amtsportal.base-url", keycloak::applicationUrl);
		registry.add("spring.security.oauth2.client.registration.keycloak.client-id", () -> "amtsportal");
		registry.add("spring.security.oauth2.client.registration.keycloak.client-secret", () -> "amtsportal-test-secret");
		registry.add("spring.security.oauth2.client.registration.keycloak.scope", () -> "openid,profile,email");
		registry.add("spring.security.oauth2.client.provider.keycloak.issuer-uri", keycloak::issuer);
		registry.add("amtsportal.oidc.registration-id", () -> "keycloak");
		registry.add("amtsportal.oidc.display-name", () -> PROVIDER_NAME);
	}

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GreenMail mail;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void citizenSignsInWithTheProviderComesBackToTheSameAccountAndSignsOutThere() {
		HtmlClient browser = new HtmlClient("de");

		Page atProvider = startAtSignInPage(browser, "Anmelden mit " + PROVIDER_NAME);
		Page account = browser.submit(atProvider.form("kc-form-login"),
				Map.of("username", "lena.berger", "password", "Kompass Laterne 42"));

		assertThat(account.path()).isEqualTo("/konto");
		assertThat(account.text()).contains("Mein Konto", "Lena Berger-Özdemir", "lena.berger@example.org");
		Map<String, Object> row = accountOf(LENA);
		assertThat(row).containsEntry("email", "lena.berger@example.org")
			.containsEntry("given_name", "Lena")
			.containsEntry("family_name", "Berger-Özdemir")
			.containsEntry("oidc_issuer", keycloak.issuer())
			.containsEntry("status", "ACTIVE")
			.containsEntry("locale", "en")
			.containsEntry("role", "CITIZEN");
		String accountId = row.get("id").toString();
		assertThat(signIns(accountId)).containsExactly("oidc");
		// Chromium applies form-action to the redirect that answers the sign-out post: it must allow the provider
		assertThat(account.header("Content-Security-Policy")).contains("form-action 'self' " + keycloak.url() + ";");

		Page signedOut = browser.submit(account.form("/konto/abmelden"), Map.of());

		assertThat(signedOut.visited()).anySatisfy(uri -> assertThat(uri.toString())
			.startsWith(keycloak.issuer() + "/protocol/openid-connect/logout?")
			.contains("id_token_hint=", "post_logout_redirect_uri="));
		assertThat(signedOut.uri().toString()).isEqualTo(keycloak.applicationUrl() + "/konto/abgemeldet");
		assertThat(signedOut.text()).contains("Sie sind abgemeldet");
		assertThat(actions(accountId)).contains("sign-out");

		// signed out here ...
		assertThat(browser.get(keycloak.applicationUrl() + "/konto").path()).isEqualTo("/konto/anmelden");
		// ... and at the provider: it asks for the password again instead of signing in silently
		Page again = browser.get(keycloak.applicationUrl() + "/oauth2/authorization/keycloak");
		assertThat(again.uri().toString()).startsWith(keycloak.issuer());
		assertThat(again.body()).contains("id=\"kc-form-login\"");
		Page backAgain = browser.submit(again.form("kc-form-login"),
				Map.of("username", "lena.berger@example.org", "password", "Kompass Laterne 42"));

		assertThat(backAgain.path()).isEqualTo("/konto");
		assertThat(backAgain.text()).contains("Lena Berger-Özdemir");
		assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Long.class, "lena.berger@example.org"))
			.isEqualTo(1);
		assertThat(accountOf(LENA)).containsEntry("id", row.get("id"));
		assertThat(signIns(accountId)).containsExactly("oidc", "oidc");
	}

	@Test
	void providerThatDoesNotVouchForTheAddressCannotTakeOverTheLocalAccountWithIt() throws Exception {
		String accountId = registerLocally("jonas.vogt@example.org", "Jonas", "Vogt", "Eigenes Passwort 2026 Fluss");

		for (var language : List.of(
				new Expected("de", "Anmelden mit " + PROVIDER_NAME,
						"Weil " + PROVIDER_NAME + " nicht bestätigt, dass die Adresse Ihnen gehört, verbinden wir die beiden Konten nicht."),
				new Expected("en", "Sign in with " + PROVIDER_NAME,
						"Because " + PROVIDER_NAME + " does not confirm that the address is yours, we do not connect the two accounts."))) {
			HtmlClient browser = new HtmlClient(language.tag());
			Page atProvider = startAtSignInPage(browser, language.button());
			Page refused = browser.submit(atProvider.form("kc-form-login"),
					Map.of("username", "jonas.vogt", "password", "Nicht Sein Konto 13"));

			assertThat(refused.path()).isEqualTo("/konto/anmelden");
			assertThat(refused.text()).contains(language.message());
			assertThat(browser.get(keycloak.applicationUrl() + "/konto").path()).isEqualTo("/konto/anmelden");
		}

		Map<String, Object> local = jdbc.queryForMap("select id, oidc_issuer, oidc_subject from account where email = ?",
				"jonas.vogt@example.org");
		assertThat(local.get("id").toString()).isEqualTo(accountId);
		assertThat(local.get("oidc_issuer")).isNull();
		assertThat(local.get("oidc_subject")).isNull();
		assertThat(jdbc.queryForObject("select count(*) from account where oidc_subject = ?", Long.class, JONAS_AT_PROVIDER))
			.isZero();
		assertThat(signIns(accountId)).isEmpty();
		assertThat(jdbc.queryForList("select details from audit_entry where action = 'sign-in.failed' and actor = ?",
				String.class, accountId)).containsExactly("oidc:amtsportal_email_not_verified", "oidc:amtsportal_email_not_verified");

		// the owner still signs in with their password
		HtmlClient owner = new HtmlClient("de");
		Page signIn = owner.get(keycloak.applicationUrl() + "/konto/anmelden");
		Page account = owner.submit(signIn.form("/konto/anmelden"),
				Map.of("email", "jonas.vogt@example.org", "password", "Eigenes Passwort 2026 Fluss"));
		assertThat(account.path()).isEqualTo("/konto");
		assertThat(signIns(accountId)).containsExactly("password");
	}

	@Test
	void staffMemberComingThroughTheProviderStillNeedsTheSecondFactorAndIsSignedOutThereToo() throws Exception {
		UUID staff = transaction.execute(status -> {
			Account account = Account.invited("erika.amtmann@musterstadt.example", "Erika", "Amtmann", Locale.GERMAN,
					Instant.now());
			account.replaceMemberships(List.of(Membership.global(Role.FORM_EDITOR)));
			account.acceptInvitation(passwords.encode("Lokales Passwort Aktenplan 5"));
			return accounts.save(account).id();
		});
		HtmlClient browser = new HtmlClient("de");

		Page atProvider = startAtSignInPage(browser, "Anmelden mit " + PROVIDER_NAME);
		Page enrol = browser.submit(atProvider.form("kc-form-login"),
				Map.of("username", "erika.amtmann", "password", "Dienstweg Akte 77"));

		// the provider vouches for the address: the staff account is linked, and asks for its second factor
		assertThat(enrol.path()).isEqualTo("/konto/zwei-faktor/einrichten");
		assertThat(browser.get(keycloak.applicationUrl() + "/amt").path()).isEqualTo("/konto/zwei-faktor/einrichten");
		Matcher secret = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<").matcher(enrol.body());
		assertThat(secret.find()).isTrue();
		String code = new DefaultCodeGenerator().generate(secret.group(1).replace(" ", ""),
				Instant.now().getEpochSecond() / 30);
		Page recoveryCodes = browser.submit(enrol.form("/konto/zwei-faktor/einrichten"), Map.of("code", code));
		Page backOffice = browser.submit(recoveryCodes.form("/konto/zwei-faktor/weiter"), Map.of());

		assertThat(backOffice.path()).isEqualTo("/amt");
		assertThat(jdbc.queryForMap("select oidc_issuer, oidc_subject from account where id = ?", staff))
			.containsEntry("oidc_issuer", keycloak.issuer())
			.containsEntry("oidc_subject", ERIKA);
		assertThat(signIns(staff.toString())).containsExactly("oidc+totp-enrolled");

		// after the second factor the session still knows the provider: signing out ends the session there too
		Page signedOut = browser.submit(backOffice.form("/konto/abmelden"), Map.of());
		assertThat(signedOut.visited()).anySatisfy(uri -> assertThat(uri.toString())
			.startsWith(keycloak.issuer() + "/protocol/openid-connect/logout?"));
		assertThat(signedOut.path()).isEqualTo("/konto/abgemeldet");
		assertThat(browser.get(keycloak.applicationUrl() + "/oauth2/authorization/keycloak").body())
			.contains("id=\"kc-form-login\"");
	}

	/** The sign-in page offers the provider; following it leads to the provider's own login form. */
	private Page startAtSignInPage(HtmlClient browser, String button) {
		Page signIn = browser.get(keycloak.applicationUrl() + "/konto/anmelden");
		String providerLink = signIn.link(button);
		assertThat(providerLink).isEqualTo(keycloak.applicationUrl() + "/oauth2/authorization/keycloak");

		Page atProvider = browser.get(providerLink);
		assertThat(atProvider.uri().toString()).startsWith(keycloak.issuer() + "/");
		assertThat(atProvider.body()).contains("id=\"kc-form-login\"");
		return atProvider;
	}

	private String registerLocally(String email, String givenName, String familyName, String password) throws Exception {
		HtmlClient browser = new HtmlClient("de");
		Page form = browser.get(keycloak.applicationUrl() + "/konto/registrieren");
		Page sent = browser.submit(form.form("/konto/registrieren"), Map.of("givenName", givenName, "familyName",
				familyName, "email", email, "password", password, "passwordConfirmation", password, "privacyAccepted", "true"));
		assertThat(sent.path()).isEqualTo("/konto/registrieren/gesendet");

		assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage message = List.of(mail.getReceivedMessages()).stream()
			.filter(m -> recipient(m).equals(email))
			.findFirst().orElseThrow();
		String token = RegistrationIntegrationTests.tokenFrom(GreenMailUtil.getBody(message));
		Page confirm = browser.get(keycloak.applicationUrl() + "/konto/bestaetigen?token=" + token);
		Page confirmed = browser.submit(confirm.form("/konto/bestaetigen"), Map.of());
		assertThat(confirmed.uri().getQuery()).isEqualTo("bestaetigt");
		return jdbc.queryForObject("select id from account where email = ? and status = 'ACTIVE'", Object.class, email)
			.toString();
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private Map<String, Object> accountOf(String subject) {
		return jdbc.queryForMap("""
				select a.id, a.email, a.given_name, a.family_name, a.locale, a.status, a.oidc_issuer, m.role
				from account a join membership m on m.account_id = a.id
				where a.oidc_subject = ?""", subject);
	}

	/** The method of each sign-in of the account, oldest first. */
	private List<String> signIns(String accountId) {
		return jdbc.queryForList("select details from audit_entry where action = 'sign-in' and actor = ? order by seq",
				String.class, accountId);
	}

	private List<String> actions(String accountId) {
		return jdbc.queryForList("select action from audit_entry where actor = ? order by seq", String.class, accountId);
	}

	private record Expected(String tag, String button, String message) {
	}
}
