package de.amtsportal.submissions.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A stored page gets every place of the draft's id and the token filled with the next applicant's, and nothing else. */
class BlankPagesTests {

	private static final UUID FIRST = UUID.fromString("11111111-1111-4111-8111-111111111111");
	private static final UUID NEXT = UUID.fromString("22222222-2222-4222-8222-222222222222");

	@Test
	void everyPlaceOfDraftAndTokenIsFilledAndTheTextAroundStaysAsRendered() {
		String rendered = "<h1>Anzeige – Größe „Ä“</h1><form action=\"/antrag/x/" + FIRST + "/person\">"
				+ "<input name=\"_csrf\" value=\"tok-1\"></form><a href=\"/antrag/x/" + FIRST + "/spaeter\">" + FIRST + "</a>tok-1";

		BlankPages.Template template = BlankPages.Template.of(rendered, FIRST.toString(), "tok-1");

		assertThat(new String(template.fill(NEXT, "token-of-the-next"), StandardCharsets.UTF_8))
			.isEqualTo(rendered.replace(FIRST.toString(), NEXT.toString()).replace("tok-1", "token-of-the-next"));
	}

	@Test
	void aPageWithoutDraftOrTokenIsSentAsRendered() {
		BlankPages.Template template = BlankPages.Template.of("<p>Bitte melden Sie sich an.</p>", null, "tok-1");

		assertThat(new String(template.fill(null, "tok-2"), StandardCharsets.UTF_8)).isEqualTo("<p>Bitte melden Sie sich an.</p>");
	}

	@Test
	void theStartPageHasOnlyTheToken() {
		BlankPages.Template template = BlankPages.Template.of("a tok-1 b", null, "tok-1");

		assertThat(new String(template.fill(null, "tok-2"), StandardCharsets.UTF_8)).isEqualTo("a tok-2 b");
	}
}
