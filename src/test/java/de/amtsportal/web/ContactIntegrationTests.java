package de.amtsportal.web;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The contact form: stored for the addressed unit's staff, forwarded to the unit's mailbox, hidden from others. */
@IntegrationTest
class ContactIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	GreenMail mail;

	@Autowired
	ApplicationContext context;

	@Test
	void messageReachesTheUnitByMailAndItsCaseworkersButNoOtherUnit() throws Exception {
		TestAccounts people = new TestAccounts(context);
		OrgUnit water = people.unit("Untere Wasserbehörde");
		OrgUnit traffic = people.unit("Straßenverkehrsbehörde");
		Account waterCaseworker = people.caseworker(TestAccounts.unique("wasser"), water.id());
		Account trafficCaseworker = people.caseworker(TestAccounts.unique("verkehr"), traffic.id());
		Account citizen = people.citizen(TestAccounts.unique("anna"));

		mvc.perform(get("/kontakt")).andExpect(status().isOk()).andExpect(content().string(containsString("Untere Wasserbehörde")));
		mvc.perform(post("/kontakt").with(csrf())
			.param("orgUnitId", water.id().toString())
			.param("name", "Anna Brunnen")
			.param("email", TestAccounts.unique("anna"))
			.param("subject", "Brunnen im Garten")
			.param("message", "Muss ich meinen Gartenbrunnen anzeigen?")
			.param("website", ""))
			.andExpect(redirectedUrl("/kontakt/gesendet"));

		assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage forwarded = mail.getReceivedMessages()[0];
		assertThat(forwarded.getAllRecipients()[0].toString()).isEqualTo(water.contactEmail());
		assertThat(forwarded.getSubject()).contains("Brunnen im Garten");
		assertThat(GreenMailUtil.getBody(forwarded)).contains("Gartenbrunnen");

		mvc.perform(get("/amt/kontaktanfragen").with(people.signedIn(waterCaseworker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Muss ich meinen Gartenbrunnen anzeigen?")));
		mvc.perform(get("/amt/kontaktanfragen").with(people.signedIn(trafficCaseworker)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Gartenbrunnen"))));
		mvc.perform(get("/amt/kontaktanfragen").with(people.signedIn(citizen))).andExpect(status().isForbidden());
	}
}
