package de.amtsportal.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.FileSystemUtils;
import org.w3c.dom.Document;

import de.amtsportal.catalog.SignIn;
import de.amtsportal.delivery.internal.DeliveryWorker;
import de.amtsportal.documents.Documents;
import de.amtsportal.forms.definition.JsonSchemaExport;
import de.amtsportal.identity.internal.Account;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.mailbox.Applying;
import de.amtsportal.submissions.ApplicationFixtures;
import de.amtsportal.submissions.SubmissionView;
import de.amtsportal.submissions.Submissions;
import de.amtsportal.support.IntegrationTest;
import de.amtsportal.support.MovableClock;
import de.amtsportal.support.PdfA;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The functional mailbox gets the receipt PDF/A and the files by mail (GreenMail); the export directory gets a
 * complete folder at once: JSON whose answers match the form's JSON Schema, well-formed XML, the files.
 */
@IntegrationTest
@Import(MovableClock.Configuration.class)
class MailAndFileDropDeliveryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DeliveryWorker worker;

	@Autowired
	Deliveries deliveries;

	@Autowired
	Submissions submissions;

	@Autowired
	GreenMail greenMail;

	@Autowired
	TransactionTemplate transactions;

	TestAccounts people;
	String slug;
	RequestPostProcessor admin;
	Path exports;

	@BeforeEach
	void setUp() throws IOException {
		people = new TestAccounts(context);
		slug = new ApplicationFixtures(context).service(people.unit("Umweltamt"), SignIn.OPTIONAL).slug();
		admin = people.signedIn(people.administrator(TestAccounts.unique("admin")));
		exports = Files.createTempDirectory("amtsportal-export-");
	}

	@AfterEach
	void tearDown() throws IOException {
		FileSystemUtils.deleteRecursively(exports);
		DeliveryFixtures.forgetDeliveries(jdbc);
	}

	@Test
	void theFunctionalMailboxGetsTheReceiptAndTheFiles() throws Exception {
		String mailbox = TestAccounts.unique("eingang-umwelt");
		assertThat(DeliveryFixtures.channel(mvc, admin, slug, "mail", "Posteingang Umweltamt", mailbox)).isNull();
		UUID id = submit();
		SubmissionView submission = submissions.find(id).orElseThrow();
		assertThat(worker.deliverDue()).isOne();
		assertThat(deliveries.forSubmission(id)).singleElement()
			.satisfies(d -> assertThat(d.state()).isEqualTo(DeliveryState.DELIVERED));

		MimeMessage mail = await().atMost(Duration.ofSeconds(15)).until(() -> received(mailbox), m -> m != null);
		assertThat(mail.getSubject()).isEqualTo("Neuer Antrag " + submission.reference() + ": " + submission.serviceName());
		String text = plainText(mail);
		String key = jdbc.queryForObject("select idempotency_key from delivery where submission_id = ?", String.class, id);
		assertThat(text).contains("Vorgangsnummer: " + submission.reference(), "Idempotenzschlüssel", key, "- Lärmprotokoll.pdf")
			.doesNotContain("Nachts laute Musik.");
		Map<String, byte[]> attachments = attachments(mail);
		assertThat(attachments).containsOnlyKeys("Eingangsbestaetigung-" + submission.reference() + ".pdf", "Lärmprotokoll.pdf");
		byte[] receipt = attachments.get("Eingangsbestaetigung-" + submission.reference() + ".pdf");
		PdfA.assertCompliant(receipt);
		assertThat(PdfA.text(receipt)).contains(submission.reference()).contains("Nachts laute Musik.");
		assertThat(attachments.get("Lärmprotokoll.pdf")).isEqualTo(stored(id));
	}

	@Test
	void theExportDirectoryGetsTheWholeFolderAtOnceWithSchemaValidJsonWellFormedXmlAndTheFiles() throws Exception {
		Path directory = exports.resolve("ordnungsamt");
		assertThat(DeliveryFixtures.channel(mvc, admin, slug, "file-drop", "Export Umweltamt", directory.toString())).isNull();
		UUID id = submit();
		SubmissionView submission = submissions.find(id).orElseThrow();
		assertThat(worker.deliverDue()).isOne();
		assertThat(deliveries.forSubmission(id)).singleElement()
			.satisfies(d -> assertThat(d.state()).isEqualTo(DeliveryState.DELIVERED));

		String reference = submission.reference();
		Path folder = directory.resolve(reference);
		try (Stream<Path> entries = Files.list(directory)) {
			assertThat(entries.map(p -> p.getFileName().toString()).toList()).as("no temporary folder left").containsExactly(reference);
		}
		assertThat(Files.readAllBytes(folder.resolve("files/1-Lärmprotokoll.pdf"))).isEqualTo(stored(id));

		ObjectMapper json = new ObjectMapper();
		JsonNode document = json.readTree(folder.resolve(reference + ".json").toFile());
		assertThat(document.get("application").get("reference").asText()).isEqualTo(reference);
		assertThat(document.get("files").get(0).get("path").asText()).isEqualTo("files/1-Lärmprotokoll.pdf");
		var definition = context.getBean(de.amtsportal.forms.Forms.class).released(submission.formVersionId()).orElseThrow().definition();
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
			.getSchema(json.valueToTree(JsonSchemaExport.of(definition, "https://portal.example/schema/" + slug)));
		Set<String> errors = schema.validate(document.get("answers")).stream().map(ValidationMessage::getMessage)
			.collect(Collectors.toSet());
		assertThat(errors).isEmpty();
		assertThat(document.get("answers").get("nachweis").get(0).get("id").asText()).isEqualTo(document.get("files").get(0)
			.get("documentId").asText());

		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document xml = factory.newDocumentBuilder().parse(folder.resolve(reference + ".xml").toFile());
		assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("application");
		assertThat(xml.getDocumentElement().getAttribute("reference")).isEqualTo(reference);
		assertThat(xml.getElementsByTagNameNS("*", "answer").getLength()).isGreaterThanOrEqualTo(4);
		assertThat(xml.getElementsByTagNameNS("*", "file").item(0).getAttributes().getNamedItem("path").getNodeValue())
			.isEqualTo("files/1-Lärmprotokoll.pdf");

		// the folder is there already (the process died before the delivery was recorded): not written twice
		jdbc.update("update delivery set state = 'PENDING', attempts = 0 where submission_id = ?", id);
		Files.writeString(folder.resolve("importiert.txt"), "ok");
		assertThat(worker.deliverDue()).isOne();
		assertThat(Files.exists(folder.resolve("importiert.txt"))).isTrue();
	}

	@Test
	void whenTheApplicationIsErasedItsExportFolderAndDeliveryRowsGoToo() throws Exception {
		Path directory = exports.resolve("bauamt");
		assertThat(DeliveryFixtures.channel(mvc, admin, slug, "file-drop", "Export Bauamt", directory.toString())).isNull();
		assertThat(DeliveryFixtures.channel(mvc, admin, slug, "mail", "Posteingang Bauamt", TestAccounts.unique("bau"))).isNull();
		UUID erased = submit();
		UUID kept = submit();
		assertThat(worker.deliverDue()).isEqualTo(4);
		String reference = submissions.find(erased).orElseThrow().reference();
		String keptReference = submissions.find(kept).orElseThrow().reference();
		assertThat(directory.resolve(reference)).isDirectory();

		transactions.executeWithoutResult(status -> submissions.erase(erased));
		Applying.awaitEventsHandled(jdbc, erased);

		assertThat(directory.resolve(reference)).doesNotExist();
		assertThat(jdbc.queryForObject("select count(*) from delivery where submission_id = ? or reference = ?", Integer.class,
				erased, reference)).isZero();
		assertThat(deliveries.forSubmission(erased)).isEmpty();
		// the other application's export and deliveries stay
		assertThat(directory.resolve(keptReference).resolve(keptReference + ".json")).isRegularFile();
		assertThat(deliveries.forSubmission(kept)).hasSize(2);

		// a redelivered event finds nothing left to do
		transactions.executeWithoutResult(status -> context.publishEvent(
				new de.amtsportal.submissions.SubmissionErased(erased, java.time.Instant.now())));
		Applying.awaitEventsHandled(jdbc, erased);
		assertThat(deliveries.forSubmission(kept)).hasSize(2);
		assertThat(directory.resolve(keptReference)).isDirectory();
	}

	@Test
	void exportDirectoriesOutsideTheAllowedRootsAndMailboxesThatAreNoAddressesAreRefused() throws Exception {
		int before = jdbc.queryForObject("select count(*) from delivery_channel", Integer.class);
		String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/amt/zustellung/kanaele")
			.with(admin).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("service", slug).param("type", "file-drop").param("name", "Export").param("target", "/etc/cron.d"))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Dieses Verzeichnis ist nicht für Exporte freigegeben");
		page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/amt/zustellung/kanaele")
			.with(admin).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("service", slug).param("type", "file-drop").param("name", "Export").param("target", exports + "/../../etc"))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Bitte geben Sie einen vollständigen Pfad ein");
		page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/amt/zustellung/kanaele")
			.with(admin).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("service", slug).param("type", "mail").param("name", "Post").param("target", "Eingang <a@b.example>"))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Bitte geben Sie eine E-Mail-Adresse ein");
		assertThat(jdbc.queryForObject("select count(*) from delivery_channel", Integer.class)).isEqualTo(before);
	}

	private UUID submit() throws Exception {
		Account citizen = people.citizen(TestAccounts.unique("erika"));
		UUID id = DeliveryFixtures.submitWithFile(mvc, slug, citizen.email(), people.signedIn(citizen));
		Applying.awaitEventsHandled(jdbc, id);
		return id;
	}

	/** The application's one file as the documents module keeps it. */
	private byte[] stored(UUID id) throws IOException {
		try (var in = context.getBean(Documents.class).open(submissions.files(id).get(0).documentId())) {
			return in.readAllBytes();
		}
	}

	private MimeMessage received(String recipient) throws Exception {
		for (MimeMessage message : greenMail.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equalsIgnoreCase(recipient)) {
				return message;
			}
		}
		return null;
	}

	/** The mail's text part, wherever the nesting of multiparts puts it. */
	private static String plainText(Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return String.valueOf(part.getContent());
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = plainText(multipart.getBodyPart(i));
				if (!text.isEmpty()) {
					return text;
				}
			}
		}
		return "";
	}

	private static Map<String, byte[]> attachments(MimeMessage mail) throws Exception {
		Map<String, byte[]> files = new java.util.LinkedHashMap<>();
		Multipart multipart = (Multipart) mail.getContent();
		List<BodyPart> parts = new ArrayList<>();
		for (int i = 0; i < multipart.getCount(); i++) {
			parts.add(multipart.getBodyPart(i));
		}
		for (BodyPart part : parts) {
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				files.put(MimeUtility.decodeText(part.getFileName()), part.getInputStream().readAllBytes());
			}
		}
		return files;
	}

}
