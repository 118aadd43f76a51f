package de.amtsportal.reports;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import de.amtsportal.documents.SampleFiles;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.OrgUnit;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.support.Browser;
import de.amtsportal.support.BrowserTest;
import de.amtsportal.support.Language;
import de.amtsportal.support.StaffSignIn;
import de.amtsportal.support.WithoutJavaScript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A caseworker handles a report: finds it in the unit's list of reports, opens its case, releases the photo,
 * writes the public reply and closes it; the public page then shows the photo and the reply. In German with
 * JavaScript (the maps), in English without. Every page is checked with axe-core.
 */
@BrowserTest
class ReportHandlingBrowserTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Reports reports;

	@Test
	void aCaseworkerReleasesThePhotoAndClosesTheReportWithAPublicReplyInGerman(Browser staff, Browser visitor) {
		handle(staff, visitor, Language.GERMAN);
	}

	@Test
	void aCaseworkerReleasesThePhotoAndClosesTheReportWithAPublicReplyInEnglishWithoutJavaScript(@WithoutJavaScript Browser staff,
			@WithoutJavaScript Browser visitor) {
		handle(staff, visitor, Language.ENGLISH);
	}

	private void handle(Browser staff, Browser visitor, Language l) {
		TestAccounts people = new TestAccounts(context);
		OrgUnit unit = people.unit("Tiefbauamt");
		String code = new ReportFixtures(context).category(unit, "Defekte Straßenbeleuchtung");
		Account caseworker = people.caseworker(TestAccounts.unique("sachbearbeitung"), unit.id());
		byte[] photo = SampleFiles.jpegWithExif(SampleFiles.picture(64, 48), 1, 52.5163, 13.3777, "");
		FiledReport filed = reports.file(new NewReport(code, new ReportPosition(new BigDecimal("52.520000"), new BigDecimal("13.405000")),
				"Hauptstraße 5, Musterstadt", "Leuchte ist aus.", "erika@teststadt.example", "Erika", "Mustermann", Map.of(),
				List.of(new PhotoUpload("IMG_0001.jpg", photo)), null, Locale.GERMAN));

		// before the release, the public page shows no photo
		visitor.open("/");
		if (l == Language.ENGLISH) {
			visitor.clickLink("English");
		}
		visitor.open("/meldungen/" + filed.reference());
		assertThat(visitor.texts("img.portal-photo")).isEmpty();

		StaffSignIn.firstTime(staff, caseworker.email(), TestAccounts.PASSWORD, l);
		staff.clickLink(l.pick("Meldungen", "Reports"));
		await().atMost(Duration.ofSeconds(15)).until(() -> staff.open("/amt/meldungen").text().contains(filed.reference()));
		staff.clickLink(filed.reference());
		assertThat(staff.heading()).contains(filed.reference());
		assertThat(staff.text("#meldung")).contains(l.pick("Nicht öffentlich", "Not public"));

		staff.press(l.pick("Foto freigeben", "Release photo"));
		assertThat(staff.text("#meldung")).contains(l.pick("Das Foto ist freigegeben", "The photo is released"),
				l.pick("Freigegeben: auf der öffentlichen Seite sichtbar", "Released: visible on the public page"));

		// a reply without text is refused, then written and the report closed
		staff.press(l.pick("Antworten und abschließen", "Reply and close"));
		assertThat(staff.text("#meldung")).contains(l.pick("Bitte schreiben Sie eine öffentliche Antwort.", "Please write a public reply."));
		staff.fill(l.pick("Öffentliche Antwort", "Public reply"), "Die Leuchte wurde ersetzt.")
			.press(l.pick("Antworten und abschließen", "Reply and close"));
		assertThat(staff.text("#meldung")).contains(l.pick("Die Antwort ist veröffentlicht", "The reply has been published"));
		assertThat(staff.text("#inhalt dl")).contains(l.pick("Abgeschlossen", "Closed"));

		await().atMost(Duration.ofSeconds(15)).until(() -> visitor.open("/meldungen/" + filed.reference()).text()
			.contains("Die Leuchte wurde ersetzt."));
		assertThat(visitor.element("img.portal-photo").getAttribute("src")).contains("/meldungen/" + filed.reference() + "/fotos/");
		assertThat(visitor.text()).contains(l.pick("Erledigt", "Done"));
	}
}
