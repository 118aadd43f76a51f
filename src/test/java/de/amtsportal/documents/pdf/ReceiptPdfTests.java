package de.amtsportal.documents.pdf;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

import de.amtsportal.catalog.ServiceKind;
import de.amtsportal.forms.rendering.AnswerSummary.Row;
import de.amtsportal.forms.rendering.AnswerSummary.Section;

import de.amtsportal.support.PdfA;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The receipt an applicant keeps: a valid PDF/A-3a in German and English, whose text a screen reader or a
 * search can extract, with every answer — however long — and every attachment on it. Rendered through the
 * application's own Thymeleaf engine and message bundles (application.yml), without the rest of the app.
 */
@SpringBootTest(classes = PdfRenderer.class)
@ImportAutoConfiguration({ ThymeleafAutoConfiguration.class, MessageSourceAutoConfiguration.class })
class ReceiptPdfTests {

	record Attachment(String name, String mediaType, String sizeText) {
	}

	static final String LONG_ANSWER = "Auf dem Grundstück steht eine etwa vierzig Jahre alte Rotbuche, deren Krone "
			+ "seit dem Sturm im Frühjahr über die Straße ragt; ein großer Ast ist bereits abgebrochen und hat den Zaun "
			+ "des Nachbarn beschädigt. Ein Gutachten der Baumpflegerin liegt bei und empfiehlt, den Baum zu fällen, weil "
			+ "der Stamm am Fuß morsch ist und die Standsicherheit nicht mehr gewährleistet werden kann. Wir möchten "
			+ "als Ersatz zwei junge Feldahorne an der Grundstücksgrenze pflanzen.";

	@Autowired
	PdfRenderer renderer;

	@BeforeAll
	static void initialiseVeraPdf() {
		VeraGreenfieldFoundryProvider.initialise();
	}

	@Test
	void germanReceiptIsValidPdfA3aWithEveryAnswerAndAttachment() throws Exception {
		byte[] pdf = renderer.render("receipt", receipt("Baumfällgenehmigung", "ca. 4 Wochen"), Locale.GERMAN);

		assertCompliantPdfA3a(pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = normalized(new PDFTextStripper().getText(document));
			assertThat(text).contains("Eingangsbestätigung", "MUS-2026-000123", "Stadt Musterstadt",
					"Umweltamt / Untere Wasserbehörde", "24.11.2026, 14:05 Uhr", "Antrag auf Fällgenehmigung, Version 3",
					"ca. 4 Wochen", "Größe des Baums", "Straße und Hausnummer", "Müllerstraße 12", "12345 Musterstadt",
					"Lageplan.pdf", "Gutachten Rotbuche.jpg", "1,2 MB", "Diese Bestätigung belegt nur",
					"kein Bescheid");
			assertThat(text).as("the long answer wraps instead of being cut off").contains(normalized(LONG_ANSWER));
			int pages = document.getNumberOfPages();
			assertThat(text).contains("Seite 1 von " + pages, "Seite " + pages + " von " + pages);
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Eingangsbestätigung MUS-2026-000123");
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged for screen readers").isNotNull();
		}
	}

	@Test
	void englishReceiptIsValidPdfA3a() throws Exception {
		byte[] pdf = renderer.render("receipt", receipt("Tree felling permit", null), Locale.ENGLISH);

		assertCompliantPdfA3a(pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = normalized(new PDFTextStripper().getText(document));
			assertThat(text).contains("Confirmation of receipt", "Reference number", "MUS-2026-000123",
					"Tree felling permit", "Antrag auf Fällgenehmigung, version 3", "Your answers", "Attachments",
					"It is not a decision", "Page 1 of " + document.getNumberOfPages(), "Müllerstraße 12");
			assertThat(text).as("no processing time known, none printed").doesNotContain("Expected processing time");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
		}
	}

	@Test
	void answersAreTextNeverMarkupAndOddCharactersBreakNothing() throws Exception {
		Map<String, Object> variables = receipt("Baumfällgenehmigung", null);
		variables.put("sections", List.of(new Section("p", "Angaben", List.of(
				new Row("Bemerkung", List.of("<b>fett</b> <img src=\"http://127.0.0.1:9/x.png\"/> &amp; <script>alert(1)</script>")),
				new Row("Eingefügt", List.of("Zeile\u0001mit\u0007Steuerzeichen")),
				// no glyphs in the embedded font: printed as "#", and still a valid PDF/A
				new Row("Gruß", List.of("Viele Grüße 😀 東京"))))));

		byte[] pdf = renderer.render("receipt", variables, Locale.GERMAN);

		assertCompliantPdfA3a(pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = normalized(new PDFTextStripper().getText(document));
			assertThat(text).contains("<b>fett</b> <img src=\"http://127.0.0.1:9/x.png\"/> &amp; <script>alert(1)</script>",
					"ZeilemitSteuerzeichen", "Viele Grüße");
		}
	}

	@Test
	void anAnswerLongerThanAPageContinuesOnTheNextPages() throws Exception {
		String essay = "Ein sehr langer Absatz über die Gründe des Antrags, der sich über mehr als eine Seite erstreckt. ".repeat(80);
		String link = "https://example.org/" + "abcdefghij".repeat(30);
		Map<String, Object> variables = receipt("Baumfällgenehmigung", null);
		variables.put("sections", List.of(new Section("p", "Angaben", List.of(new Row("Begründung", List.of(essay)),
				new Row("Verweis", List.of(link))))));

		byte[] pdf = renderer.render("receipt", variables, Locale.GERMAN);

		assertCompliantPdfA3a(pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
			String text = new PDFTextStripper().getText(document);
			String withoutFooters = normalized(normalized(text).replaceAll("Eingangsbestätigung · MUS-2026-000123|Seite \\d+ von \\d+", ""));
			assertThat(withoutFooters).as("every word of the answer, across the page breaks").contains(essay.trim());
			assertThat(text.replaceAll("\\s+", "")).as("a long word wraps instead of running off the page").contains(link);
		}
	}

	@Test
	void nothingADocumentNamesIsFetched() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		AtomicInteger requests = new AtomicInteger();
		server.createContext("/", exchange -> {
			requests.incrementAndGet();
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
		});
		server.start();
		try {
			String base = "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
			byte[] pdf = renderer.render("external-resources", Map.of("base", base), Locale.GERMAN);

			assertThat(requests).as("requests to the server a template names").hasValue(0);
			try (PDDocument document = Loader.loadPDF(pdf)) {
				assertThat(new PDFTextStripper().getText(document)).contains("Text mit Hintergrund", "Verweis bleibt ein Verweis");
			}
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void rendersOnlyTemplatesForPdfs() {
		assertThatIllegalArgumentException().isThrownBy(() -> renderer.render("../web/layout", Map.of(), Locale.GERMAN));
	}

	private static Map<String, Object> receipt(String serviceName, String processingTime) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("reference", "MUS-2026-000123");
		variables.put("wording", ServiceKind.APPLICATION.wording());
		variables.put("serviceName", serviceName);
		variables.put("authorityName", "Stadt Musterstadt");
		variables.put("unitName", "Umweltamt / Untere Wasserbehörde");
		variables.put("submittedAt", "24.11.2026, 14:05 Uhr");
		variables.put("formTitle", "Antrag auf Fällgenehmigung");
		variables.put("formVersion", 3);
		variables.put("processingTime", processingTime);
		variables.put("sections", List.of(
				new Section("person", "Angaben zur Person", List.of(
						new Row("Vor- und Nachname", List.of("Jürgen Weiß")),
						new Row("Anschrift – Straße und Hausnummer", List.of("Müllerstraße 12", "12345 Musterstadt")),
						new Row("E-Mail-Adresse", List.of("juergen.weiss@example.org")))),
				new Section("baum", "Angaben zum Baum", List.of(
						new Row("Baumart", List.of("Rotbuche (Fagus sylvatica)")),
						new Row("Größe des Baums", List.of("Stammumfang 180 cm in 1 m Höhe, etwa 22 m hoch")),
						new Row("Begründung", List.of(LONG_ANSWER)))),
				new Section("ersatz", "Ersatzpflanzung", List.of(
						new Row("Ersatzpflanzung vorgesehen", List.of("Ja")),
						new Row("Gewünschte Arten", List.of("Feldahorn", "Hainbuche"))))));
		variables.put("attachments", List.of(
				new Attachment("Lageplan.pdf", "application/pdf", "1,2 MB"),
				new Attachment("Gutachten Rotbuche.jpg", "image/jpeg", "845 KB")));
		return variables;
	}

	private static void assertCompliantPdfA3a(byte[] pdf) {
		PdfA.assertCompliant(pdf);
	}

	private static String normalized(String text) {
		return text.replaceAll("\\s+", " ");
	}
}
