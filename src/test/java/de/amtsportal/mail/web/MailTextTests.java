package de.amtsportal.mail.web;

import org.junit.jupiter.api.Test;

import de.amtsportal.mail.web.MailText.Segment;

import static org.assertj.core.api.Assertions.assertThat;

class MailTextTests {

	@Test
	void linksAreCutOutOfTheText() {
		assertThat(MailText.segments("Guten Tag,\n\nbitte öffnen Sie https://portal.example/konto/einladung?token=abc_1-2.\nDanke"))
			.containsExactly(new Segment("Guten Tag,\n\nbitte öffnen Sie ", false),
					new Segment("https://portal.example/konto/einladung?token=abc_1-2", true), new Segment(".\nDanke", false));
	}

	@Test
	void markupStaysText() {
		assertThat(MailText.segments("<a href=\"javascript:alert(1)\">x</a> http://a.example/<b>"))
			.containsExactly(new Segment("<a href=\"javascript:alert(1)\">x</a> ", false), new Segment("http://a.example/", true),
					new Segment("<b>", false));
	}

	@Test
	void aTextWithoutLinksIsOneSegment() {
		assertThat(MailText.segments("Nur Text (ohne Link).")).containsExactly(new Segment("Nur Text (ohne Link).", false));
		assertThat(MailText.segments("")).isEmpty();
	}
}
