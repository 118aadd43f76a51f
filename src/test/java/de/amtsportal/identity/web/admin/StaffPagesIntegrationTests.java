package de.amtsportal.identity.web.admin;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.amtsportal.access.Role;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.Membership;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.Organisation;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.IntegrationTest;

import static de.amtsportal.identity.web.admin.AdminAccessIntegrationTests.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Inviting staff, changing their roles and deactivating accounts through the administration pages. */
@IntegrationTest
class StaffPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	GreenMail mail;

	TestAccounts accounts;
	Account admin;
	OrgUnit unit;
	Organisation institution;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		admin = accounts.administrator(unique("admin"));
		unit = accounts.unit("Ordnungsamt " + UUID.randomUUID());
		institution = accounts.institution("OSZ Wirtschaft " + UUID.randomUUID());
	}

	@Test
	void invitedPersonGetsAMailAndSetsAPassword() throws Exception {
		String email = unique("neu");
		MvcResult invited = mvc.perform(post("/amt/admin/mitarbeitende/neu").with(csrf()).with(accounts.signedIn(admin))
			.param("email", email.toUpperCase())
			.param("givenName", "Nora")
			.param("familyName", "Neumann")
			.param("language", "de")
			.param("caseworkerUnits", unit.id().toString())
			.param("memberGroups", institution.id() + ":Lehrkraft", institution.id() + ":Gremium"))
			.andExpect(redirectedUrlPattern("/amt/admin/mitarbeitende/*"))
			.andExpect(flash().attribute("confirmation", "admin.confirm.invited"))
			.andReturn();

		// the detail page shows the roles with their unit and institution, and the confirmation
		mvc.perform(get(invited.getResponse().getRedirectedUrl()).with(accounts.signedIn(admin))
			.flashAttrs(invited.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Die Einladung an " + email + " wurde verschickt.")))
			.andExpect(content().string(containsString("eingeladen")))
			.andExpect(content().string(containsString(unit.name())))
			.andExpect(content().string(containsString("Lehrkraft")))
			.andExpect(content().string(containsString("Einladung erneut senden")));

		MimeMessage invitation = mailTo(email, 1);
		assertThat(invitation.getSubject()).startsWith("Einladung zum Amtsportal");
		String token = tokenFrom(GreenMailUtil.getBody(invitation));

		mvc.perform(get("/konto/einladung").param("token", token)).andExpect(status().isOk());
		mvc.perform(post("/konto/einladung").with(csrf()).param("token", token)
			.param("password", "Laterne Fahrrad Kompass 9").param("passwordConfirmation", "Laterne Fahrrad Kompass 9"))
			.andExpect(redirectedUrl("/konto/anmelden?eingerichtet"));
		mvc.perform(formLogin("/konto/anmelden").userParameter("email").user(email).password("Laterne Fahrrad Kompass 9"))
			.andExpect(authenticated());

		Account account = accounts.reload(accountWith(email));
		assertThat(account.status()).isEqualTo(Account.Status.ACTIVE);
		assertThat(account.view().caseworkerUnits()).containsExactly(unit.id());
		assertThat(account.memberships()).anySatisfy(m -> {
			assertThat(m.role()).isEqualTo(Role.INSTITUTION_MEMBER);
			assertThat(m.organisationId()).isEqualTo(institution.id());
			assertThat(m.targetGroups()).containsExactlyInAnyOrder("Lehrkraft", "Gremium");
		});
	}

	@Test
	void invitationMistakesShowInTheErrorSummary() throws Exception {
		String page = mvc.perform(post("/amt/admin/mitarbeitende/neu").with(csrf()).with(accounts.signedIn(admin))
			.param("email", "keine-adresse").param("givenName", "").param("familyName", "").param("language", "de"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bitte prüfen Sie Ihre Angaben")))
			.andExpect(content().string(containsString("href=\"#email\"")))
			.andExpect(content().string(containsString("Bitte geben Sie eine gültige E-Mail-Adresse ein")))
			.andExpect(content().string(containsString("Bitte geben Sie den Vornamen ein.")))
			.andExpect(content().string(containsString("href=\"#roles\"")))
			.andExpect(content().string(containsString("Bitte wählen Sie mindestens eine Rolle.")))
			.andExpect(content().string(containsString("aria-describedby=\"roles-hint roles-error\"")))
			.andReturn().getResponse().getContentAsString();
		// the summary lists the mistakes in the order of the fields on the page
		assertThat(page).containsSubsequence("href=\"#email\"", "href=\"#givenName\"", "href=\"#familyName\"",
				"href=\"#roles\"", "<label class=\"kern-label\" for=\"email\"");

		Account existing = accounts.create(unique("vergeben"), Membership.global(Role.FORM_EDITOR));
		mvc.perform(post("/amt/admin/mitarbeitende/neu").with(csrf()).with(accounts.signedIn(admin))
			.param("email", existing.email()).param("givenName", "Nora").param("familyName", "Neumann")
			.param("language", "en").param("formEditor", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Für diese E-Mail-Adresse gibt es schon ein Konto.")))
			// what was entered stays ticked
			.andExpect(content().string(containsString("value=\"en\" checked")));
	}

	@Test
	void grantingCaseworkerInAUnitOpensItsContactInbox() throws Exception {
		Account editor = accounts.create(unique("redaktion"), Membership.global(Role.FORM_EDITOR));
		mvc.perform(get("/amt/kontaktanfragen").with(accounts.signedIn(editor))).andExpect(status().isForbidden());

		mvc.perform(post("/amt/admin/mitarbeitende/" + editor.id() + "/rollen").with(csrf()).with(accounts.signedIn(admin))
			.param("formEditor", "true").param("caseworkerUnits", unit.id().toString()))
			.andExpect(redirectedUrl("/amt/admin/mitarbeitende/" + editor.id()))
			.andExpect(flash().attribute("confirmation", "admin.confirm.roles-changed"));

		Account changed = accounts.reload(editor);
		assertThat(changed.roles()).containsExactlyInAnyOrder(Role.FORM_EDITOR, Role.CASEWORKER);
		assertThat(changed.view().caseworkerUnits()).containsExactly(unit.id());
		mvc.perform(get("/amt/kontaktanfragen").with(accounts.signedIn(changed))).andExpect(status().isOk());
		String details = mvc.perform(get("/amt/admin/mitarbeitende/" + editor.id()).with(accounts.signedIn(admin)))
			.andReturn().getResponse().getContentAsString();
		assertThat(details).containsPattern("id=\"caseworker-" + unit.id() + "\"\\s+value=\"" + unit.id() + "\" checked=\"checked\"");

		// withdrawing every role is refused: deactivating is the way to lock someone out
		mvc.perform(post("/amt/admin/mitarbeitende/" + editor.id() + "/rollen").with(csrf()).with(accounts.signedIn(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bitte wählen Sie mindestens eine Rolle.")));
		assertThat(accounts.reload(editor).roles()).contains(Role.CASEWORKER);
	}

	@Test
	void anAdministratorCannotRemoveTheirOwnAdminRoleNorDeactivateThemselves() throws Exception {
		mvc.perform(post("/amt/admin/mitarbeitende/" + admin.id() + "/rollen").with(csrf()).with(accounts.signedIn(admin))
			.param("formEditor", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bitte prüfen Sie Ihre Angaben")))
			.andExpect(content().string(containsString("Sie können sich die Rolle Administration nicht selbst entziehen.")));
		assertThat(accounts.reload(admin).roles()).containsExactly(Role.ADMINISTRATOR);

		mvc.perform(post("/amt/admin/mitarbeitende/" + admin.id() + "/status").with(csrf()).with(accounts.signedIn(admin))
			.param("active", "false"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#active\"")))
			.andExpect(content().string(containsString("Sie können Ihr eigenes Konto nicht deaktivieren.")));
		assertThat(accounts.reload(admin).status()).isEqualTo(Account.Status.ACTIVE);
	}

	@Test
	void aDeactivatedAccountCannotSignInUntilReactivated() throws Exception {
		Account reviewer = accounts.create(unique("pruefung"), Membership.inUnit(Role.REVIEWER, unit.id()));
		MvcResult deactivated = mvc.perform(post("/amt/admin/mitarbeitende/" + reviewer.id() + "/status").with(csrf())
			.with(accounts.signedIn(admin)).param("active", "false"))
			.andExpect(redirectedUrl("/amt/admin/mitarbeitende/" + reviewer.id()))
			.andExpect(flash().attribute("confirmation", "admin.confirm.disabled"))
			.andReturn();
		assertThat(accounts.reload(reviewer).status()).isEqualTo(Account.Status.DISABLED);
		mvc.perform(get("/amt/admin/mitarbeitende/" + reviewer.id()).with(accounts.signedIn(admin))
			.flashAttrs(deactivated.getFlashMap()))
			.andExpect(content().string(containsString("Das Konto von " + reviewer.displayName() + " wurde deaktiviert.")))
			.andExpect(content().string(containsString("Konto reaktivieren")));
		mvc.perform(formLogin("/konto/anmelden").userParameter("email").user(reviewer.email()).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/konto/anmelden?fehler=disabled"));

		mvc.perform(post("/amt/admin/mitarbeitende/" + reviewer.id() + "/status").with(csrf()).with(accounts.signedIn(admin))
			.param("active", "true"))
			.andExpect(flash().attribute("confirmation", "admin.confirm.enabled"));
		assertThat(accounts.reload(reviewer).status()).isEqualTo(Account.Status.ACTIVE);
	}

	@Test
	void anOpenInvitationCanBeSentAgain() throws Exception {
		String email = unique("nochmal");
		mvc.perform(post("/amt/admin/mitarbeitende/neu").with(csrf()).with(accounts.signedIn(admin))
			.param("email", email).param("givenName", "Olaf").param("familyName", "Ostermann").param("language", "en")
			.param("reviewerUnits", unit.id().toString()))
			.andExpect(status().is3xxRedirection());
		Account invited = accountWith(email);
		mailTo(email, 1);

		mvc.perform(post("/amt/admin/mitarbeitende/" + invited.id() + "/einladung").with(csrf()).with(accounts.signedIn(admin)))
			.andExpect(redirectedUrl("/amt/admin/mitarbeitende/" + invited.id()))
			.andExpect(flash().attribute("confirmation", "admin.confirm.invitation-resent"));
		// written in the language chosen for the person
		assertThat(mailTo(email, 2).getSubject()).startsWith("Invitation");

		// an accepted invitation cannot be sent again
		mvc.perform(post("/amt/admin/mitarbeitende/" + admin.id() + "/einladung").with(csrf()).with(accounts.signedIn(admin)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/amt/admin/mitarbeitende/" + admin.id()).with(accounts.signedIn(admin)))
			.andExpect(content().string(not(containsString("Einladung erneut senden"))));
	}

	@Test
	void theStaffListShowsRolesWithTheirUnits() throws Exception {
		Account caseworker = accounts.caseworker(unique("liste"), unit.id());
		accounts.citizen(unique("nur-buergerin"));
		// enough people for a second page, whatever other tests left behind
		for (int i = 0; i < StaffPage.PAGE_SIZE; i++) {
			accounts.create(unique("seite"), Membership.global(Role.FORM_EDITOR));
		}
		String firstPage = mvc.perform(get("/amt/admin/mitarbeitende").with(accounts.signedIn(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nächste Seite")))
			.andExpect(content().string(containsString("href=\"/amt/admin/mitarbeitende?page=1\"")))
			.andReturn().getResponse().getContentAsString();
		assertThat(firstPage).doesNotContain("nur-buergerin");
		// sorted by family name; the caseworker's family name is the local part of the address
		String all = firstPage + mvc.perform(get("/amt/admin/mitarbeitende").param("page", "1").with(accounts.signedIn(admin)))
			.andReturn().getResponse().getContentAsString();
		String row = all.substring(all.indexOf(caseworker.email()));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains("Sachbearbeitung").contains(unit.name()).contains("aktiv");
	}

	private Account accountWith(String email) {
		return context.getBean(de.amtsportal.identity.internal.Accounts.class).findByEmail(email).orElseThrow();
	}

	private MimeMessage mailTo(String address, int count) {
		await().atMost(Duration.ofSeconds(15)).until(() -> messagesTo(address).length >= count);
		MimeMessage[] messages = messagesTo(address);
		return messages[count - 1];
	}

	private MimeMessage[] messagesTo(String address) {
		return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
			try {
				return m.getRecipients(Message.RecipientType.TO)[0].toString().equalsIgnoreCase(address);
			}
			catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toArray(MimeMessage[]::new);
	}

	static String tokenFrom(String body) {
		Matcher matcher = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(body.replace("=\r\n", "").replace("=3D", "="));
		assertThat(matcher.find()).as("mail contains a link with a token: %s", body).isTrue();
		return matcher.group(1);
	}
}
