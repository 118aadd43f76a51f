package de.amtsportal.submissions;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import de.amtsportal.catalog.CatalogFixtures;
import de.amtsportal.catalog.ServiceKind;
import de.amtsportal.catalog.SignIn;
import de.amtsportal.catalog.Topic;
import de.amtsportal.catalog.internal.FeeKind;
import de.amtsportal.catalog.internal.PublishedServices;
import de.amtsportal.catalog.internal.Service;
import de.amtsportal.catalog.internal.ServiceContent;
import de.amtsportal.catalog.internal.Texts;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A form step nobody has answered yet is rendered once and then sent from memory: every applicant still gets
 * their own draft's addresses and their own session's CSRF token, and answers given are shown as before.
 */
@IntegrationTest
class BlankPagesIntegrationTests {

	private static final Pattern DRAFT_PAGE = Pattern.compile("/antrag/[^/]+/([0-9a-f-]{36})/person");
	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	ApplicationFixtures fixtures;
	OrgUnit unit;

	@BeforeEach
	void setUp() {
		fixtures = new ApplicationFixtures(context);
		unit = new TestAccounts(context).unit("Ordnungsamt");
	}

	@Test
	void everyApplicantGetsTheBlankStepWithTheirOwnDraftAndTheirOwnToken() throws Exception {
		String slug = fixtures.service(unit, SignIn.OPTIONAL).slug();
		MockHttpSession erika = new MockHttpSession();
		MockHttpSession max = new MockHttpSession();
		String erikasPage = start(slug, erika);
		String maxsPage = start(slug, max);
		String erikasDraft = group(DRAFT_PAGE, erikasPage);
		String maxsDraft = group(DRAFT_PAGE, maxsPage);

		String rendered = page(erikasPage, erika);
		String stored = page(erikasPage, erika);
		String maxsHtml = page(maxsPage, max);

		assertThat(stored).contains("Schritt 1 von 2", "Ihre Angaben", "name=\"f.vorname\"", "action=\"" + erikasPage + "\"",
				"/antrag/" + slug + "/" + erikasDraft + "/spaeter").doesNotContain(maxsDraft);
		assertThat(maxsHtml).contains("Schritt 1 von 2", "action=\"" + maxsPage + "\"", "/antrag/" + slug + "/" + maxsDraft + "/spaeter")
			.doesNotContain(erikasDraft);
		// apart from draft and token, what is sent from memory is exactly what was rendered
		assertThat(stored.replace(token(stored), "")).isEqualTo(rendered.replace(token(rendered), ""));

		// a token from the other browser's page is refused; the applicant's own is accepted
		mvc.perform(post(erikasPage).session(erika).param("_csrf", token(maxsHtml)).param("f.vorname", "Erika"))
			.andExpect(status().isForbidden());
		mvc.perform(post(erikasPage).session(erika).param("_csrf", token(stored)).param("f.vorname", "Erika")
			.param("f.nachname", "Mustermann").param("f.email", "erika@teststadt.example"))
			.andExpect(redirectedUrl(erikasPage.replace("/person", "/angaben")));
		// the answered page shows the answers, and the blank one stays blank for the others
		assertThat(page(erikasPage, erika)).contains("value=\"Mustermann\"");
		assertThat(page(maxsPage, max)).doesNotContain("Mustermann");
	}

	@Test
	void theBlankStepIsKeptPerLanguageAndNotForOthersDrafts() throws Exception {
		String slug = fixtures.service(unit, SignIn.OPTIONAL).slug();
		MockHttpSession erika = new MockHttpSession();
		String erikasPage = start(slug, erika);
		page(erikasPage, erika);

		String english = mvc.perform(get(erikasPage).session(erika).header("Accept-Language", "en")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(english).contains("About you", "lang=\"en\"").doesNotContain("Ihre Angaben");
		// someone else opening the address gets nothing, stored or not
		mvc.perform(get(erikasPage).session(new MockHttpSession())).andExpect(status().isNotFound());
	}

	@Test
	void theStartPageIsTheSameForEveryFirstVisitButItsTokenAndShowsAChangedServiceAtOnce() throws Exception {
		ApplicationFixtures.Published published = fixtures.service(unit, SignIn.OPTIONAL);
		String slug = published.slug();
		MockHttpSession first = new MockHttpSession();
		MockHttpSession second = new MockHttpSession();

		String rendered = page("/antrag/" + slug, first);
		String stored = page("/antrag/" + slug, second);
		assertThat(stored).contains("Der Antrag hat 2 Schritte", ">Antrag beginnen<", "Zuerst anmelden");
		assertThat(stored.replace(token(stored), "")).isEqualTo(rendered.replace(token(rendered), ""));
		// the token sent from memory is the second visitor's own: it starts an application there only
		mvc.perform(post("/antrag/" + slug).session(first).param("_csrf", token(stored))).andExpect(status().isForbidden());
		mvc.perform(post("/antrag/" + slug).session(second).param("_csrf", token(stored)))
			.andExpect(redirectedUrlPattern("/antrag/" + slug + "/*/person"));

		Service service = context.getBean(PublishedServices.class).bySlug(slug).orElseThrow();
		fixtures.catalog().revise(service, new ServiceContent(Topic.ENVIRONMENT, ServiceKind.APPLICATION, unit.id(), published.formId(),
				SignIn.REQUIRED, null, FeeKind.FIXED, new BigDecimal("10.00"),
				CatalogFixtures.german("Lärmbeschwerde mit Konto", "Beschwerde über Lärm.", "Nur mit Konto."), Texts.NONE));
		assertThat(page("/antrag/" + slug, new MockHttpSession())).contains("Lärmbeschwerde mit Konto", "Anmelden und Antrag beginnen")
			.doesNotContain(">Antrag beginnen<");
	}

	private String start(String slug, MockHttpSession session) throws Exception {
		return mvc.perform(post("/antrag/" + slug).session(session).with(csrf())).andReturn().getResponse().getRedirectedUrl();
	}

	private String page(String address, MockHttpSession session) throws Exception {
		return mvc.perform(get(address).session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private static String token(String html) {
		return group(TOKEN, html);
	}

	private static String group(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as(text).isTrue();
		return matcher.group(1);
	}
}
