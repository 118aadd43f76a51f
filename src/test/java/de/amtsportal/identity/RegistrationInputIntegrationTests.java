package de.amtsportal.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.amtsportal.support.IntegrationTest;
import de.amtsportal.support.Language;
import de.amtsportal.support.MovableClock;
import de.amtsportal.support.Page;
import de.amtsportal.support.Stored;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registration with bad input, in German and in English: the form comes back (200) with the specific
 * message in the summary and at the field, and nothing is stored — no account, no mail, no audit entry.
 */
@IntegrationTest
@Import(MovableClock.Configuration.class)
class RegistrationInputIntegrationTests {

	static final String GOOD_PASSWORD = "Fahrrad Kompass Laterne 7";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	Stored stored;

	String email;

	@BeforeEach
	void setUp() {
		stored = new Stored(context);
		email = "neu-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void invalidEmailAddress(Language language) throws Exception {
		rejected(language, registration(Map.of("email", "lena.lindner-at-example.org")))
			.showsFieldError("email", language.pick("Bitte geben Sie eine gültige E-Mail-Adresse ein",
					"Please enter a valid e-mail address"));
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void emptyFields(Language language) throws Exception {
		rejected(language, post("/konto/registrieren").with(csrf()).param("givenName", " ").param("familyName", "")
			.param("email", "").param("password", "").param("passwordConfirmation", ""))
			.showsFieldError("givenName", language.pick("Bitte geben Sie Ihren Vornamen ein.", "Please enter your first name."))
			.showsFieldError("familyName", language.pick("Bitte geben Sie Ihren Nachnamen ein.", "Please enter your last name."))
			.showsFieldError("email", language.pick("Bitte geben Sie Ihre E-Mail-Adresse ein.", "Please enter your e-mail address."))
			.showsFieldError("password", language.pick("Bitte geben Sie ein Passwort ein.", "Please enter a password."))
			.showsFieldError("privacyAccepted", language.pick("Bitte bestätigen Sie, dass Sie die Datenschutzerklärung gelesen haben.",
					"Please confirm that you have read the privacy statement."));
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void weakPassword(Language language) throws Exception {
		rejected(language, registration("abcdefghijk"))
			.showsFieldError("password", language.pick("Dieses Passwort ist zu leicht zu erraten", "This password is too easy to guess"));
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void tooShortPassword(Language language) throws Exception {
		rejected(language, registration("Kurz 7!"))
			.showsFieldError("password", language.pick("Das Passwort ist zu kurz", "The password is too short"));
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void commonPasswords(Language language) throws Exception {
		for (String common : new String[] { "passwort123", "Sommer2024!", "Winter2025!!", "Hallo12345", "Schalke04!" }) {
			rejected(language, registration(common))
				.showsFieldError("password", language.pick("Dieses Passwort steht auf Listen häufig verwendeter Passwörter",
						"This password appears on lists of commonly used passwords"));
		}
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void passwordOf200Characters(Language language) throws Exception {
		rejected(language, registration("Fahrrad Kompass ".repeat(13).substring(0, 200)))
			.showsFieldError("password", language.pick("Das Passwort darf höchstens 128 Zeichen lang sein.",
					"The password can be at most 128 characters long."));
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void confirmationDoesNotMatch(Language language) throws Exception {
		rejected(language, registration(Map.of("passwordConfirmation", GOOD_PASSWORD + "!")))
			.showsFieldError("passwordConfirmation", language.pick("Die beiden Passwörter stimmen nicht überein.",
					"The two passwords do not match."));
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void privacyStatementNotAccepted(Language language) throws Exception {
		rejected(language, registration(Map.of("privacyAccepted", "")))
			.showsFieldError("privacyAccepted", language.pick("Bitte bestätigen Sie, dass Sie die Datenschutzerklärung gelesen haben.",
					"Please confirm that you have read the privacy statement."));
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void overlongNames(Language language) throws Exception {
		rejected(language, registration(Map.of("givenName", "L".repeat(101))))
			.showsFieldError("givenName", language.pick("Namen dürfen höchstens 100 Zeichen lang sein.",
					"Names can be at most 100 characters long."));
	}

	@Test
	void englishChosenWithTheLanguageLinkSticksAndWinsOverTheBrowser() throws Exception {
		MvcResult chosen = mvc.perform(get("/konto/registrieren").param("lang", "en").with(Language.GERMAN.browser()))
			.andExpect(status().isOk())
			.andReturn();
		Cookie language = chosen.getResponse().getCookie("AMTSPORTAL_LANG");
		assertThat(language).isNotNull();
		Page.of(chosen).contains("lang=\"en\"");

		Stored.Snapshot before = stored.snapshot(email);
		Page.of(mvc.perform(registration(Map.of("email", "kein-at-zeichen")).cookie(language).with(Language.GERMAN.browser()))
			.andExpect(status().isOk()).andReturn())
			.showsFieldError("email", "Please enter a valid e-mail address")
			.doesNotContain("Bitte geben Sie eine gültige E-Mail-Adresse ein");
		before.assertNothingStored();

		// an unsupported language is ignored rather than shown as a broken page
		Page.of(mvc.perform(get("/konto/registrieren").param("lang", "xx\"><script>")).andExpect(status().isOk()).andReturn())
			.contains("lang=\"de\"");
	}

	/** Posts the form and checks what every rejection has in common; returns the page for the specific message. */
	private Page rejected(Language language, MockHttpServletRequestBuilder request) throws Exception {
		Stored.Snapshot before = stored.snapshot(email);
		Page page = Page.of(mvc.perform(request.with(language.browser())).andExpect(status().isOk()).andReturn());
		page.contains(language.pick("Bitte prüfen Sie Ihre Angaben", "Please check your entries"))
			.contains(language.pick("lang=\"de\"", "lang=\"en\""));
		before.assertNothingStored();
		return page;
	}

	private MockHttpServletRequestBuilder registration(String password) {
		return registration(Map.of("password", password, "passwordConfirmation", password));
	}

	/**
	 * The form as a browser sends it, with some fields changed; an empty value removes the field, as for an
	 * unticked checkbox, which browsers do not send at all.
	 */
	private MockHttpServletRequestBuilder registration(Map<String, String> changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("givenName", "Lena");
		fields.put("familyName", "Lindner");
		fields.put("email", email);
		fields.put("password", GOOD_PASSWORD);
		fields.put("passwordConfirmation", GOOD_PASSWORD);
		fields.put("privacyAccepted", "true");
		fields.putAll(changes);
		MockHttpServletRequestBuilder request = post("/konto/registrieren").with(csrf());
		fields.forEach((name, value) -> {
			if (!value.isEmpty()) {
				request.param(name, value);
			}
		});
		return request;
	}
}
