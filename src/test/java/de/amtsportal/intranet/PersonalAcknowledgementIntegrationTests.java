package de.amtsportal.intranet;

import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.Organisation;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.Inbox;
import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Read confirmation per person: every addressed member of the addressed institutions confirms for themself; the
 * publisher counts them per institution (live, so a member who joins later counts), reminds only the open persons
 * and exports them; members confirm and see only their own confirmation, and nothing not addressed to them.
 */
@IntegrationTest
class PersonalAcknowledgementIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	GreenMail greenMail;

	@Autowired
	JdbcTemplate jdbc;

	IntranetPeople intranet;
	TestAccounts people;
	Organisation technik;
	Organisation wirtschaft;
	Account publisher;
	Account headTechnik;
	Account teacherTechnik;
	Account officeTechnik;
	Account headWirtschaft;
	String title;
	String id;

	@BeforeEach
	void circularPerPerson() throws Exception {
		intranet = new IntranetPeople(context);
		people = intranet.accounts;
		technik = intranet.technik;
		wirtschaft = intranet.wirtschaft;
		publisher = intranet.publisher;
		headTechnik = intranet.member(technik, "Schulleitung");
		teacherTechnik = intranet.member(technik, "Lehrkraft");
		officeTechnik = intranet.member(technik, "Verwaltung");
		headWirtschaft = intranet.member(wirtschaft, "Schulleitung");
		title = "Datenschutzbelehrung " + TestAccounts.unique("t");
		id = publish(circular(title, "PERSON").param("institutions", technik.id().toString(), wirtschaft.id().toString()));
	}

	@Test
	void eachAddressedPersonConfirmsForThemselfCountedLivePerInstitution() throws Exception {
		staff().andExpect(content().string(allOf(containsString("0 von 3 Personen haben bestätigt."),
				containsString(name(headTechnik)), containsString(name(teacherTechnik)), containsString(name(headWirtschaft)),
				not(containsString(name(officeTechnik))))));
		page(headTechnik).andExpect(content().string(allOf(containsString("Gelesen und zur Kenntnis genommen"),
				containsString("erforderlich, von jeder angesprochenen Person"), not(containsString("Sie haben am")))));

		confirm(headTechnik).andExpect(redirectedUrl("/intranet/mitteilungen/" + id + "?bestaetigt"));
		page(headTechnik).andExpect(content().string(allOf(containsString("Sie haben am"),
				containsString("bestätigt, das Rundschreiben gelesen und zur Kenntnis genommen zu haben."),
				not(containsString("Gelesen und zur Kenntnis genommen</span>")))));
		// a colleague still has to confirm and does not learn who already has
		page(teacherTechnik).andExpect(content().string(allOf(containsString("Gelesen und zur Kenntnis genommen"),
				not(containsString("Sie haben am")), not(containsString(name(headTechnik))))));
		confirm(headTechnik);
		assertThat(jdbc.queryForObject("select count(*) from intranet_personal_acknowledgement where item_id = ?",
				Integer.class, java.util.UUID.fromString(id))).as("confirming twice records once").isEqualTo(1);

		staff().andExpect(content().string(allOf(containsString("1 von 3 Personen haben bestätigt."),
				containsString("1 von 2 Personen haben bestätigt."), containsString("0 von 1 Personen haben bestätigt."))));

		Account newTeacher = intranet.member(technik, "Lehrkraft");
		staff().andExpect(content().string(allOf(containsString("1 von 4 Personen haben bestätigt."),
				containsString("1 von 3 Personen haben bestätigt."), containsString(name(newTeacher)))));
		confirm(newTeacher).andExpect(status().is3xxRedirection());
		staff().andExpect(content().string(containsString("2 von 4 Personen haben bestätigt.")));
	}

	@Test
	void membersNotAddressedCanNeitherSeeNorConfirmNorReachThePublishersList() throws Exception {
		page(officeTechnik).andExpect(status().isNotFound());
		confirm(officeTechnik).andExpect(status().isNotFound());
		Account headElsewhere = intranet.member(people.institution("OSZ Gesundheit"), "Schulleitung");
		page(headElsewhere).andExpect(status().isNotFound());
		confirm(headElsewhere).andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from intranet_personal_acknowledgement where item_id = ?",
				Integer.class, java.util.UUID.fromString(id))).isZero();

		mvc.perform(get("/amt/intranet/" + id).with(people.signedIn(headTechnik))).andExpect(status().isForbidden());
		mvc.perform(get("/amt/intranet/" + id + "/lesebestaetigungen.csv").with(people.signedIn(headTechnik)))
			.andExpect(status().isForbidden());
	}

	@Test
	void remindersGoOnlyToThePersonsWhoHaveNotConfirmed() throws Exception {
		confirm(headTechnik);
		mvc.perform(post("/amt/intranet/" + id + "/erinnern").with(people.signedIn(publisher)).with(csrf()))
			.andExpect(redirectedUrl("/amt/intranet/" + id + "?erinnert=2#lesebestaetigungen"));
		staff("?erinnert=2").andExpect(content().string(allOf(containsString("Erinnerung an 2 Person(en) gesendet."),
				containsString("Zuletzt erinnert am"))));

		Inbox.Mail reminder = new Inbox(greenMail).awaitSubject(teacherTechnik.email(), "Erinnerung");
		assertThat(reminder.body()).contains("persönliche Lesebestätigung").contains("/intranet/mitteilungen/" + id)
			.doesNotContain(title);
		assertThat(reminder.subject()).isEqualTo("Erinnerung: Ein Rundschreiben wartet auf Ihre Lesebestätigung");
		assertThat(new Inbox(greenMail).awaitSubject(headWirtschaft.email(), "Erinnerung").link("/intranet/mitteilungen/"))
			.endsWith("/intranet/mitteilungen/" + id);
		assertThat(reminders(headTechnik)).as("confirmed already").isEmpty();
		assertThat(reminders(officeTechnik)).as("not addressed").isEmpty();
		assertThat(reminders(teacherTechnik)).hasSize(1);
	}

	@Test
	void theExportListsEveryAddressedPersonWithInstitutionGroupAndDate() throws Exception {
		confirm(headWirtschaft);
		String csv = mvc.perform(get("/amt/intranet/" + id + "/lesebestaetigungen.csv").with(people.signedIn(publisher))
				.header("Accept-Language", "de-DE"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(4).first().isEqualTo("Einrichtung,Person,Zielgruppe,Stand,Bestätigt am");
		assertThat(lines).contains(technik.name() + "," + name(headTechnik) + ",Schulleitung,offen,",
				technik.name() + "," + name(teacherTechnik) + ",Lehrkraft,offen,");
		assertThat(lines).anySatisfy(line -> assertThat(line)
			.matches(wirtschaft.name() + "," + name(headWirtschaft) + ",Schulleitung,bestätigt,\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"));

		String english = mvc.perform(get("/amt/intranet/" + id + "/lesebestaetigungen.csv").with(people.signedIn(publisher))
				.header("Accept-Language", "en-GB"))
			.andReturn().getResponse().getContentAsString();
		assertThat(english.lines().findFirst()).contains("Institution,Person,Target group,Status,Confirmed on");
		assertThat(english).contains(",School management,confirmed,");
	}

	@Test
	void perInstitutionStaysTheDefaultAndAnUnknownChoiceIsExplained() throws Exception {
		MockHttpServletRequestBuilder withoutChoice = circular("Ohne Wahl " + TestAccounts.unique("t"), null)
			.param("institutions", technik.id().toString());
		String perInstitution = publish(withoutChoice);
		mvc.perform(get("/amt/intranet/" + perInstitution).with(people.signedIn(publisher)).header("Accept-Language", "de-DE"))
			.andExpect(content().string(allOf(containsString("0 von 1 Einrichtungen haben bestätigt."),
					not(containsString("Personen haben bestätigt")))));
		confirm(headTechnik, perInstitution);
		mvc.perform(get("/intranet/mitteilungen/" + perInstitution).with(people.signedIn(teacherTechnik)).header("Accept-Language", "de-DE"))
			.andExpect(content().string(allOf(containsString("bestätigt am"), not(containsString("Gelesen und zur Kenntnis genommen")))));

		mvc.perform(circular("Falsche Wahl", "JEDER").param("institutions", technik.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bitte wählen Sie, ob je Einrichtung oder je Person bestätigt wird.")));
	}

	private MockHttpServletRequestBuilder circular(String title, String scope) {
		MockHttpServletRequestBuilder request = post("/amt/intranet/neu").with(people.signedIn(publisher)).with(csrf())
			.header("Accept-Language", "de-DE")
			.param("kind", "CIRCULAR").param("title", title).param("body", "Bitte lesen Sie die Belehrung.")
			.param("acknowledgement", "true").param("groups", "Schulleitung", "Lehrkraft");
		return scope == null ? request : request.param("acknowledgementScope", scope);
	}

	private String publish(MockHttpServletRequestBuilder draft) throws Exception {
		String location = mvc.perform(draft).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(post(location + "/veroeffentlichen").with(people.signedIn(publisher)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		return location.substring("/amt/intranet/".length());
	}

	private ResultActions confirm(Account member) throws Exception {
		return confirm(member, id);
	}

	private ResultActions confirm(Account member, String item) throws Exception {
		return mvc.perform(post("/intranet/mitteilungen/" + item + "/bestaetigen").with(people.signedIn(member)).with(csrf()));
	}

	private ResultActions page(Account member) throws Exception {
		return mvc.perform(get("/intranet/mitteilungen/" + id).with(people.signedIn(member)).header("Accept-Language", "de-DE"));
	}

	private ResultActions staff() throws Exception {
		return staff("");
	}

	private ResultActions staff(String query) throws Exception {
		return mvc.perform(get("/amt/intranet/" + id + query).with(people.signedIn(publisher)).header("Accept-Language", "de-DE"));
	}

	/** The reminders queued for this member (every mail goes through the outbox). */
	private List<String> reminders(Account member) {
		return jdbc.queryForList("select body from outgoing_mail where recipient = ? and subject like 'Erinnerung%' and body like ?",
				String.class, member.email(), "%" + id + "%");
	}

	private static String name(Account account) {
		return "Test " + account.email().substring(0, account.email().indexOf('@'));
	}
}
