package de.amtsportal.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RegistrationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	GreenMail mail;

	@Test
	void citizenRegistersConfirmsAddressAndSignsIn() throws Exception {
		mvc.perform(post("/konto/registrieren").with(csrf())
			.param("givenName", "Lena")
			.param("familyName", "Lindner")
			.param("email", "Lena.Lindner@example.org")
			.param("password", "Fahrrad Kompass Laterne 7")
			.param("passwordConfirmation", "Fahrrad Kompass Laterne 7")
			.param("privacyAccepted", "true"))
			.andExpect(redirectedUrl("/konto/registrieren/gesendet"));

		// not confirmed yet: signing in is refused with the reason
		mvc.perform(formLogin("/konto/anmelden").userParameter("email").user("lena.lindner@example.org").password("Fahrrad Kompass Laterne 7"))
			.andExpect(redirectedUrl("/konto/anmelden?fehler=unconfirmed"))
			.andExpect(unauthenticated());

		// the mail server is shared with the other tests of this application context: look for this address only
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
			.until(() -> mail.getReceivedMessagesForDomain("lena.lindner@example.org").length > 0);
		MimeMessage message = mail.getReceivedMessagesForDomain("lena.lindner@example.org")[0];
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo("lena.lindner@example.org");
		String token = tokenFrom(GreenMailUtil.getBody(message));

		mvc.perform(get("/konto/bestaetigen").param("token", token)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("E-Mail-Adresse bestätigen")));
		mvc.perform(post("/konto/bestaetigen").with(csrf()).param("token", token))
			.andExpect(redirectedUrl("/konto/anmelden?bestaetigt"));
		// a link works once
		mvc.perform(post("/konto/bestaetigen").with(csrf()).param("token", token))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("schon verwendet")));

		mvc.perform(formLogin("/konto/anmelden").userParameter("email").user("lena.lindner@example.org").password("Fahrrad Kompass Laterne 7"))
			.andExpect(redirectedUrl("/konto"))
			.andExpect(authenticated());
	}

	static String tokenFrom(String body) {
		Matcher matcher = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(body.replace("=\r\n", "").replace("=3D", "="));
		assertThat(matcher.find()).as("mail contains a link with a token: %s", body).isTrue();
		return matcher.group(1);
	}
}
