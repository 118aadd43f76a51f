package de.amtsportal.documents.signing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.amtsportal.documents.pdf.PdfRenderer;
import de.amtsportal.support.PdfA;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The authority's seal on a decision: a PAdES signature that EU DSS validates against the authority's
 * certificate, that one changed byte breaks, that a look-alike certificate does not pass for, and that leaves the
 * decision a conforming PDF/A-3a. Rendered through the application's own template and bundles.
 */
@SpringBootTest(classes = { PdfRenderer.class, SealKey.class, PdfSigner.class, SignatureCheck.class })
@EnableConfigurationProperties(SigningProperties.class)
@ImportAutoConfiguration({ ThymeleafAutoConfiguration.class, MessageSourceAutoConfiguration.class })
class SealedPdfTests {

	@TempDir
	static Path directory;

	@DynamicPropertySource
	static void keystore(DynamicPropertyRegistry registry) {
		registry.add("amtsportal.signing.keystore", () -> directory.resolve("signing.p12").toString());
		registry.add("amtsportal.signing.password", () -> "test-password");
		registry.add("amtsportal.signing.generate-if-missing", () -> "true");
	}

	@Autowired
	PdfRenderer renderer;

	@Autowired
	PdfSigner signer;

	@Autowired
	SignatureCheck check;

	@Test
	void sealedDecisionValidatesWithDssAndStaysPdfA3a() throws Exception {
		byte[] rendered = decision(Locale.GERMAN);
		byte[] sealed = signer.sign(rendered, "Bescheid MUS-2026-000123");

		SignatureVerdict verdict = check.check(sealed);
		assertThat(verdict.valid()).as(verdict.reason()).isTrue();
		assertThat(verdict.signer()).contains("Stadt Musterstadt");
		assertThat(verdict.signedAt()).isNotNull();
		assertThat(sealed).as("an incremental update: the rendered bytes come first, unchanged")
			.startsWith(rendered);
		PdfA.assertCompliant(sealed);
		assertThat(PdfA.text(sealed)).contains("Bewohnerparkausweis", "Rechtsbehelfsbelehrung", "MUS-2026-000123",
				"elektronischen Siegel");
		try (PDDocument document = Loader.loadPDF(sealed)) {
			PDSignature signature = document.getLastSignatureDictionary();
			assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
			assertThat(signature.getReason()).isEqualTo("Bescheid MUS-2026-000123");
			int[] range = signature.getByteRange();
			assertThat((long) range[2] + range[3]).as("the signature covers the whole file").isEqualTo(sealed.length);
		}
	}

	@Test
	void englishDecisionIsSealedToo() {
		byte[] sealed = signer.sign(decision(Locale.ENGLISH), "Decision MUS-2026-000123");

		assertThat(check.check(sealed).valid()).isTrue();
		PdfA.assertCompliant(sealed);
		assertThat(PdfA.text(sealed)).contains("Information on legal remedies", "electronic seal");
	}

	@Test
	void oneChangedByteBreaksTheSeal() {
		byte[] sealed = signer.sign(decision(Locale.GERMAN), "Bescheid MUS-2026-000123");
		// the reference in the document's XMP metadata (stored uncompressed), well inside the signed bytes
		int reference = indexOf(sealed, "MUS-2026-000123".getBytes());
		assertThat(reference).as("the reference in the metadata").isPositive();

		byte[] changed = sealed.clone();
		changed[reference + 14] = '4';
		SignatureVerdict verdict = check.check(changed);

		assertThat(verdict.valid()).isFalse();
		assertThat(verdict.reason()).contains("TOTAL_FAILED", "HASH_FAILURE");
	}

	@Test
	void anythingAppendedAfterTheSealMakesItInvalid() {
		byte[] sealed = signer.sign(decision(Locale.GERMAN), "Bescheid MUS-2026-000123");
		byte[] tail = "\n% appended after the seal\n%%EOF\n".getBytes();
		byte[] appended = java.util.Arrays.copyOf(sealed, sealed.length + tail.length);
		System.arraycopy(tail, 0, appended, sealed.length, tail.length);

		SignatureVerdict verdict = check.check(appended);

		assertThat(verdict.valid()).isFalse();
		assertThat(verdict.reason()).isEqualTo("The document was changed after it was sealed");
	}

	@Test
	void aLookAlikeCertificateIsNotTheAuthoritys() {
		SigningProperties other = new SigningProperties(directory.resolve("look-alike.p12"), "other", "siegel", true,
				"Stadt Musterstadt");
		SealKey lookAlike = new SealKey(other);
		try {
			byte[] sealed = new PdfSigner(lookAlike, other).sign(decision(Locale.GERMAN), "Bescheid");

			SignatureVerdict verdict = check.check(sealed);

			assertThat(verdict.valid()).isFalse();
			assertThat(verdict.reason()).contains("INDETERMINATE");
		}
		finally {
			lookAlike.destroy();
		}
	}

	@Test
	void anUnsealedDocumentIsNotValid() {
		assertThat(check.check(decision(Locale.GERMAN))).extracting(SignatureVerdict::valid, SignatureVerdict::reason)
			.containsExactly(false, "The document carries no signature");
		assertThat(check.check("no PDF at all".getBytes()).valid()).isFalse();
	}

	@Test
	void theKeystoreIsCreatedOnceAndThenLoaded() throws Exception {
		Path keystore = directory.resolve("signing.p12");
		byte[] before = Files.readAllBytes(keystore);
		SealKey again = new SealKey(new SigningProperties(keystore, "test-password", "siegel", true, "Stadt Musterstadt"));
		try {
			assertThat(again.certificate().getEncoded()).isEqualTo(signer.certificate());
			assertThat(Files.readAllBytes(keystore)).isEqualTo(before);
			assertThat(again.x509().getSubjectX500Principal().getName()).contains("CN=Stadt Musterstadt", "C=DE");
		}
		finally {
			again.destroy();
		}
	}

	@Test
	void aWrongPasswordAliasOrMissingKeystoreStopsTheStart() {
		Path keystore = directory.resolve("signing.p12");
		assertThatIllegalStateException()
			.isThrownBy(() -> new SealKey(new SigningProperties(keystore, "wrong", "siegel", false, "x")))
			.withMessageContaining("amtsportal.signing.password");
		assertThatIllegalStateException()
			.isThrownBy(() -> new SealKey(new SigningProperties(keystore, "test-password", "other", false, "x")))
			.withMessageContaining("alias other");
		assertThatIllegalStateException()
			.isThrownBy(() -> new SealKey(new SigningProperties(directory.resolve("missing.p12"), "p", "siegel", false, "x")))
			.withMessageContaining("does not exist");
	}

	private byte[] decision(Locale locale) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("authorityName", "Stadt Musterstadt");
		variables.put("unitName", "Straßenverkehrsbehörde");
		variables.put("reference", "MUS-2026-000123");
		variables.put("date", "24.11.2026");
		variables.put("serviceName", "Bewohnerparkausweis");
		variables.put("applicantName", "Erika Mustermann");
		variables.put("title", "Bescheid über Ihren Bewohnerparkausweis");
		variables.put("paragraphs", List.of("Sehr geehrte Frau Mustermann,",
				"Ihrem Antrag auf einen Bewohnerparkausweis für die Zone B wird stattgegeben."));
		variables.put("remedy", List.of("Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden."));
		return renderer.render("decision", variables, locale);
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
