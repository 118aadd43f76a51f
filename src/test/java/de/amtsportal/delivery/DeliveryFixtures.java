package de.amtsportal.delivery;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.amtsportal.documents.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Channels set up through the administrators' page, and applications sent with a file through the real pages. */
final class DeliveryFixtures {

	private static final Pattern SECRET = Pattern.compile("whsec_[A-Za-z0-9+/=]+");

	private DeliveryFixtures() {
	}

	/**
	 * The test classes of this module share one application context: what a test leaves pending would come due
	 * in the next one when it moves the clock, towards a receiver that is gone.
	 */
	static void forgetDeliveries(JdbcTemplate jdbc) {
		jdbc.update("delete from delivery");
		jdbc.update("update delivery_channel set enabled = false");
	}

	/** Creates a channel as an administrator; returns the secret the page shows once (null for unsigned channels). */
	static @Nullable String channel(MockMvc mvc, RequestPostProcessor administrator, String slug, String type, String name,
			String target) throws Exception {
		String page = mvc.perform(post("/amt/zustellung/kanaele").with(administrator).with(csrf()).param("service", slug)
			.param("type", type).param("name", name).param("target", target)).andReturn().getResponse().getContentAsString();
		assertThat(page).as("channel %s created", name).contains("angelegt");
		Matcher secret = SECRET.matcher(page);
		return secret.find() ? secret.group() : null;
	}

	/** The noise complaint with a PDF log attached; returns the application's id. */
	static UUID submitWithFile(MockMvc mvc, String slug, String email, RequestPostProcessor applicant) throws Exception {
		String first = mvc.perform(post("/antrag/" + slug).with(applicant).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		String base = first.substring(0, first.lastIndexOf('/'));
		mvc.perform(post(base + "/person").with(applicant).with(csrf()).param("f.vorname", "Erika").param("f.nachname", "Mustermann")
			.param("f.email", email));
		mvc.perform(multipart(base + "/angaben")
			.file(new MockMultipartFile("f.nachweis", "Lärmprotokoll.pdf", "application/pdf", SampleFiles.pdf()))
			.with(applicant).with(csrf()).param("f.beschreibung", "Nachts laute Musik."));
		String confirmation = mvc.perform(post(base + "/absenden").with(applicant).with(csrf())).andReturn().getResponse()
			.getRedirectedUrl();
		return UUID.fromString(confirmation.replaceAll(".*/antraege/([0-9a-f-]{36})/bestaetigung.*", "$1"));
	}
}
