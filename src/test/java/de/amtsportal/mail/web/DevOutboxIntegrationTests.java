package de.amtsportal.mail.web;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.mail.MailMessage;
import de.amtsportal.mail.Mails;
import de.amtsportal.mail.internal.OutgoingMail;
import de.amtsportal.mail.internal.OutgoingMails;
import de.amtsportal.support.IntegrationTest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dev outbox of the demo run: every mail readable by administrators, links clickable, content escaped. */
@IntegrationTest
@ActiveProfiles({ "test", "demo" })
class DevOutboxIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Mails mails;

	@Autowired
	OutgoingMails outgoing;

	TestAccounts accounts;
	RequestPostProcessor asAdmin;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		asAdmin = accounts.signedIn(accounts.administrator("admin-" + suffix() + "@teststadt.example"));
	}

	@Test
	void anInvitationCanBeOpenedFromTheOutbox() throws Exception {
		String email = "eingeladen-" + suffix() + "@teststadt.example";
		mvc.perform(post("/amt/admin/mitarbeitende/neu").with(csrf()).with(asAdmin).param("email", email)
			.param("givenName", "Dana").param("familyName", "Demo").param("language", "de").param("formEditor", "true"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/amt/admin").with(asAdmin))
			.andExpect(content().string(containsString("href=\"/amt/admin/postausgang\"")));
		mvc.perform(get("/amt/admin/postausgang").with(asAdmin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(email)))
			.andExpect(content().string(containsString("Einladung zum Amtsportal")));

		OutgoingMail invitation = mailTo(email);
		mvc.perform(get("/amt/admin/postausgang/" + invitation.id()).with(asAdmin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Guten Tag Dana Demo")))
			.andExpect(content().string(matchesPattern(
					"(?s).*<a class=\"kern-link\" href=\"http://localhost/konto/einladung\\?token=[A-Za-z0-9_-]+\">.*")));
	}

	@Test
	void mailContentIsNeverMarkup() throws Exception {
		String email = "empfang-" + suffix() + "@teststadt.example";
		mails.send(new MailMessage(email, "Betreff <b>fett</b>",
				"Hallo <script>alert('x')</script>\nSiehe https://portal.example/a?b=1&c=2."));
		OutgoingMail mail = mailTo(email);

		mvc.perform(get("/amt/admin/postausgang").with(asAdmin))
			.andExpect(content().string(containsString("Betreff &lt;b&gt;fett&lt;/b&gt;")));
		mvc.perform(get("/amt/admin/postausgang/" + mail.id()).with(asAdmin))
			.andExpect(content().string(containsString("Hallo &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(containsString(
					"<a class=\"kern-link\" href=\"https://portal.example/a?b=1&amp;c=2\">https://portal.example/a?b=1&amp;c=2</a>.")));
	}

	@Test
	void onlyAdministratorsOpenTheOutbox() throws Exception {
		var unit = accounts.unit("Bürgeramt " + suffix());
		Account caseworker = accounts.caseworker("sachbearbeitung-" + suffix() + "@teststadt.example", unit.id());
		mvc.perform(get("/amt/admin/postausgang").with(accounts.signedIn(caseworker))).andExpect(status().isForbidden());
		mvc.perform(get("/amt/admin/postausgang/" + UUID.randomUUID()).with(asAdmin)).andExpect(status().isNotFound());
	}

	private OutgoingMail mailTo(String email) {
		await().atMost(Duration.ofSeconds(15)).until(() -> outgoing.findAllByOrderByCreatedAtDesc(Pageable.ofSize(200))
			.stream().anyMatch(m -> m.recipient().equals(email)));
		return outgoing.findAllByOrderByCreatedAtDesc(Pageable.ofSize(200)).stream()
			.filter(m -> m.recipient().equals(email)).findFirst().orElseThrow();
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
