package de.amtsportal.mailbox;

import java.time.Duration;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Submits the noise complaint of {@code ApplicationFixtures} through the real pages, as a signed-in citizen or an
 * anonymous browser session ({@code as} adds who asks to each request), and waits for what happens after.
 */
public final class Applying {

	private Applying() {
	}

	/** The id of the submitted application. */
	public static UUID submit(MockMvc mvc, String slug, String email, UnaryOperator<MockHttpServletRequestBuilder> as) throws Exception {
		String first = mvc.perform(as.apply(post("/antrag/" + slug)).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		String base = first.substring(0, first.lastIndexOf('/'));
		mvc.perform(as.apply(post(base + "/person")).with(csrf()).param("f.vorname", "Erika").param("f.nachname", "Mustermann")
			.param("f.email", email));
		mvc.perform(as.apply(post(base + "/angaben")).with(csrf()).param("f.beschreibung", "Nachts laute Musik."));
		String confirmation = mvc.perform(as.apply(post(base + "/absenden")).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		return UUID.fromString(confirmation.replaceAll(".*/antraege/([0-9a-f-]{36})/bestaetigung.*", "$1"));
	}

	/**
	 * Waits until every listener of every event about the application has run, and the backlog has nothing left that
	 * is not failing (the case is opened, its mails are queued and sent).
	 */
	public static void awaitEventsHandled(JdbcTemplate jdbc, UUID submissionId) {
		await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
				"select count(*) from event_publication where serialized_event like ? and completion_date is null", Integer.class,
				"%" + submissionId + "%") == 0
				&& jdbc.queryForObject("select count(*) from backlog_item where attempts = 0", Integer.class) == 0);
	}

	/** How many mails with this subject the application queued for the address (the outbox, before delivery). */
	public static int mailsQueued(JdbcTemplate jdbc, String recipient, String subject) {
		return jdbc.queryForObject("select count(*) from outgoing_mail where recipient = ? and subject like ?", Integer.class,
				recipient, "%" + subject + "%");
	}
}
